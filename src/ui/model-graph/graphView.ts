import type { GraphCell, GraphDescription, GraphOp } from '../../model/nasnet/graph';
import type { LayoutRequest } from '../../workers/layout/layoutGraph';

/** A box in the drawing: a whole cell, one op group of an expanded cell, or the input. */
export interface ViewNode {
  id: string;
  label: string;
  /** Second line: output shape or op detail. */
  detail: string;
  kind: 'input' | 'stem' | 'normal' | 'reduction' | 'aux' | 'head' | 'op';
  /** The cell this node is (or belongs to). */
  cell: string;
  /** Graph variables owned by everything inside the node, in creation order. */
  variables: string[];
  /** Set for an expanded cell: the ids of its op groups. */
  children?: string[];
  expandable: boolean;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
}

export interface GraphView {
  /** `model:mode` of the graph drawn. */
  key: string;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

export const CELL_SIZE = { width: 200, height: 46 };
export const OP_SIZE = { width: 176, height: 40 };

/** Op-group node ids live apart from cell ids (`conv0` is both a cell and an op). */
const opNodeId = (groupKey: string): string => `op:${groupKey}`;

const fmtShape = (shape: number[]): string => shape.join('×');

/** The op group an op is drawn in when its cell is expanded (separable stack, path, add, …). */
function groupKey(op: GraphOp, byId: Map<string, GraphOp>): string {
  const c = op.cell;
  switch (op.role) {
    case 'comb':
      return `${c}/comb_iter_${op.combIter}/${op.side}`;
    case 'combine':
      return `${c}/comb_iter_${op.combIter}/combine`;
    case 'beginning':
    case 'prev':
    case 'path1':
    case 'path2':
    case 'factorized':
      return `${c}/${op.role}`;
    case 'cell_output':
      return `${c}/cell_output`;
    default: {
      // Stem, aux and head ops: a batch norm joins the conv or fc it normalises.
      const src = op.kind === 'batch_norm' ? byId.get(op.inputs[0] ?? '') : undefined;
      return src && src.cell === c ? groupKey(src, byId) : op.id;
    }
  }
}

const ROLE_LABEL: Record<string, string> = {
  beginning: '1×1 conv (input)',
  prev: 'previous layer',
  path1: 'path 1: pool · 1×1',
  path2: 'path 2: shift · pool · 1×1',
  factorized: 'factorized: concat · bn',
  cell_output: 'concat (cell output)',
};

function groupLabel(first: GraphOp, ops: GraphOp[]): string {
  if (first.role === 'comb') return `${first.combIter} ${first.side}: ${first.operation ?? first.kind}`;
  if (first.role === 'combine') return `${first.combIter}: add`;
  if (first.role === 'prev') return ops.some((o) => o.kind === 'conv') ? 'prev 1×1 conv' : ROLE_LABEL.prev!;
  const label = ROLE_LABEL[first.role];
  if (label) return label;
  const tail = first.id.split('/').pop() ?? first.id;
  return ops.length > 1 ? `${tail} · bn` : tail;
}

function opGroups(cell: GraphCell, byId: Map<string, GraphOp>): ViewNode[] {
  const groups = new Map<string, GraphOp[]>();
  for (const op of cell.ops) {
    const key = groupKey(op, byId);
    const list = groups.get(key);
    if (list) list.push(op);
    else groups.set(key, [op]);
  }
  return [...groups].map(([key, ops]) => {
    const last = ops[ops.length - 1]!;
    return {
      id: opNodeId(key),
      label: groupLabel(ops[0]!, ops),
      detail: fmtShape(last.shape),
      kind: 'op' as const,
      cell: cell.id,
      variables: ops.flatMap((o) => o.variables),
      expandable: false,
    };
  });
}

function cellNode(cell: GraphCell, expanded: boolean, groups: ViewNode[]): ViewNode {
  const out = cell.ops.find((o) => o.id === cell.output);
  const filters = cell.filterSize !== undefined ? ` · ${cell.filterSize} filters` : '';
  // PNASNet's reductions are normal cells run with stride 2: say so, their kind does not.
  const stride = cell.kind === 'normal' && (cell.stride ?? 1) > 1 ? ` · stride ${cell.stride}` : '';
  return {
    id: cell.id,
    label: cell.id,
    detail: `${out ? fmtShape(out.shape) : ''}${filters}${stride}`,
    kind: cell.kind,
    cell: cell.id,
    variables: cell.ops.flatMap((o) => o.variables),
    ...(expanded ? { children: groups.map((c) => c.id) } : {}),
    expandable: groups.length > 1,
  };
}

/**
 * The drawing of a NASNet graph: one node per cell, expanded cells as a box of op groups; edges
 * follow every op input that crosses from one drawn node to another.
 */
export function buildGraphView(graph: GraphDescription, expanded: ReadonlySet<string>): GraphView {
  const byId = new Map<string, GraphOp>();
  for (const cell of graph.cells) for (const op of cell.ops) byId.set(op.id, op);
  const drawnAs = new Map<string, string>([[graph.inputOp, 'input']]);
  const nodes: ViewNode[] = [
    {
      id: 'input',
      label: 'input',
      detail: fmtShape(graph.inputShape),
      kind: 'input',
      cell: 'input',
      variables: [],
      expandable: false,
    },
  ];
  for (const cell of graph.cells) {
    const groups = opGroups(cell, byId);
    const open = expanded.has(cell.id) && groups.length > 1;
    nodes.push(cellNode(cell, open, groups), ...(open ? groups : []));
    for (const op of cell.ops) drawnAs.set(op.id, open ? opNodeId(groupKey(op, byId)) : cell.id);
  }
  const edges = new Map<string, ViewEdge>();
  for (const cell of graph.cells) {
    for (const op of cell.ops) {
      const target = drawnAs.get(op.id)!;
      for (const input of op.inputs) {
        const source = drawnAs.get(input);
        if (!source || source === target) continue;
        const id = `${source}->${target}`;
        if (!edges.has(id)) edges.set(id, { id, source, target });
      }
    }
  }
  return { key: `${graph.model}:${graph.mode}`, nodes, edges: [...edges.values()] };
}

/** The layout worker's input for a view (compound nodes for expanded cells). */
export function toLayoutRequest(view: GraphView): LayoutRequest {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const childIds = new Set(view.nodes.flatMap((n) => n.children ?? []));
  const toInput = (n: ViewNode): LayoutRequest['nodes'][number] => {
    const size = n.kind === 'op' ? OP_SIZE : CELL_SIZE;
    if (!n.children) return { id: n.id, ...size };
    return { id: n.id, ...size, children: n.children.map((c) => toInput(byId.get(c)!)) };
  };
  return {
    nodes: view.nodes.filter((n) => !childIds.has(n.id)).map(toInput),
    edges: view.edges,
  };
}
