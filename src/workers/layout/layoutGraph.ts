import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

/** A box to place; `children` makes it a compound node (an expanded cell). */
export interface LayoutNodeInput {
  id: string;
  width: number;
  height: number;
  children?: LayoutNodeInput[];
}

export interface LayoutEdgeInput {
  id: string;
  source: string;
  target: string;
}

export interface LayoutRequest {
  nodes: LayoutNodeInput[];
  edges: LayoutEdgeInput[];
}

export interface Point {
  x: number;
  y: number;
}

/** Absolute position of a node (compound or leaf) in the laid-out drawing. */
export interface LayoutBox extends Point {
  width: number;
  height: number;
}

export interface LayoutResult {
  width: number;
  height: number;
  nodes: Record<string, LayoutBox>;
  edges: { id: string; points: Point[] }[];
}

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.spacing.nodeNode': '18',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Keep Slim's creation order (comb_iter_0 left, right, …) where crossings allow.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};
const COMPOUND_OPTIONS = { 'elk.padding': '[top=28,left=12,bottom=12,right=12]' };

const elk = new ELK();

function toElkNode(n: LayoutNodeInput): ElkNode {
  if (!n.children?.length) return { id: n.id, width: n.width, height: n.height };
  return { id: n.id, layoutOptions: COMPOUND_OPTIONS, children: n.children.map(toElkNode) };
}

/** Walks ELK's output (child coordinates are relative to their parent) into absolute boxes. */
function collectBoxes(node: ElkNode, dx: number, dy: number, out: Record<string, LayoutBox>): void {
  for (const c of node.children ?? []) {
    const x = dx + (c.x ?? 0);
    const y = dy + (c.y ?? 0);
    out[c.id] = { x, y, width: c.width ?? 0, height: c.height ?? 0 };
    collectBoxes(c, x, y, out);
  }
}

function edgePoints(e: ElkExtendedEdge, boxes: Record<string, LayoutBox>): Point[] {
  // Edge sections are relative to the edge's container (the root when absent).
  const container = (e as ElkExtendedEdge & { container?: string }).container;
  const origin = container ? boxes[container] : undefined;
  const ox = origin?.x ?? 0;
  const oy = origin?.y ?? 0;
  return (e.sections ?? []).flatMap((s) =>
    [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => ({ x: p.x + ox, y: p.y + oy })),
  );
}

/** Lays out a (possibly nested) graph top to bottom with ELK's layered algorithm. */
export async function layoutGraph(req: LayoutRequest): Promise<LayoutResult> {
  const graph: ElkNode = {
    id: '__root__',
    layoutOptions: ROOT_OPTIONS,
    children: req.nodes.map(toElkNode),
    edges: req.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elk.layout(graph);
  const nodes: Record<string, LayoutBox> = {};
  collectBoxes(laid, 0, 0, nodes);
  const edges = (laid.edges ?? []).map((e) => ({ id: e.id, points: edgePoints(e, nodes) }));
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}
