import type { GraphMode, ModelName } from '../modelTypes';
import { buildCell } from './cellBuilder';
import type { CellSpec } from './cellSpecs';
import { GraphBuilder, type Sym } from './graphBuilder';
import type { CellKind, GraphCell, GraphDescription, GraphEdge } from './graphTypes';

/** What the shared parts of a NASNet-family network (stem, cells, heads) need to know. */
export interface AssemblerConfig {
  name: ModelName;
  imageSize: number;
  numClasses: number;
  numConvFilters: number;
  stemMultiplier: number;
  filterScalingRate: number;
  effectiveBatchNormEpsilon: number;
  /** Training keep probability; below 1 the training graph's first drop path creates a global step. */
  dropPathKeepProb: number;
}

interface CellRecord {
  id: string;
  kind: CellKind;
  index: number;
  filterSize?: number;
  stride?: number;
  net: Sym | null;
  prev: Sym | null;
  output?: Sym;
  endpoint?: string;
}

export interface CellArgs {
  net: Sym;
  prev: Sym | null;
  filterScaling: number;
  stride: number;
  endpoint: string | undefined;
}

/**
 * The parts NASNet-A (nasnet.py) and PNASNet-5 (pnasnet.py) share, in TF-Slim's creation order:
 * `_imagenet_stem`, a cell from an op table, `_build_aux_head` and the final layer. Each family's
 * assembler decides which cell comes where.
 */
export class CellNetworkAssembler {
  readonly b: GraphBuilder;
  readonly cells: CellRecord[] = [];

  constructor(
    readonly config: AssemblerConfig,
    readonly mode: GraphMode,
  ) {
    this.b = new GraphBuilder(config.effectiveBatchNormEpsilon);
    // `_update_hparams` sets the keep probability to 1 when not training: no drop path, no step.
    this.b.dropPath = mode === 'training' && config.dropPathKeepProb < 1;
  }

  block(rec: Omit<CellRecord, 'output'>, body: () => Sym): Sym {
    this.b.cell = rec.id;
    const output = body();
    this.cells.push({ ...rec, output });
    if (rec.endpoint) this.b.markEndpoint(output, rec.endpoint);
    return output;
  }

  cell(kind: CellKind, spec: CellSpec, id: string, index: number, args: CellArgs): Sym {
    const filterSize = Math.trunc(this.config.numConvFilters * args.filterScaling);
    const { net, prev, stride, endpoint } = args;
    const rec = { id, kind, index, filterSize, stride, net, prev, endpoint };
    return this.block(rec, () =>
      this.b.inScope(id, () => buildCell(this.b, spec, { net, prev, filterSize, stride })),
    );
  }

  input(): Sym {
    this.b.cell = 'input';
    const s = this.config.imageSize;
    return this.b.input([s, s, 3]);
  }

  /** `_imagenet_stem`: conv0 + two stride-2 cells of `stemSpec`; returns `cell_outputs`. */
  imagenetStem(image: Sym, stemSpec: CellSpec): (Sym | null)[] {
    const c = this.config;
    this.b.role = 'stem';
    const rec = { id: 'conv0', kind: 'stem' as const, index: 0, net: image, prev: null };
    const conv0 = this.block(rec, () =>
      this.b.batchNorm(
        this.b.conv(image, Math.trunc(32 * c.stemMultiplier), 3, 'conv0', 2, 'VALID'),
        'conv0_bn',
      ),
    );
    const outputs: (Sym | null)[] = [null, conv0];
    let filterScaling = 1 / c.filterScalingRate ** 2;
    for (let i = 0; i < 2; i++) {
      const net = outputs[outputs.length - 1] ?? conv0;
      const prev = outputs[outputs.length - 2] ?? null;
      const endpoint = i === 1 ? 'Stem' : undefined;
      const args = { net, prev, filterScaling, stride: 2, endpoint };
      outputs.push(this.cell('stem', stemSpec, `cell_stem_${i}`, i + 1, args));
      filterScaling *= c.filterScalingRate;
    }
    return outputs;
  }

  /** `_build_aux_head` on relu(net), in scope `aux_<cellNum>`. */
  auxHead(net: Sym, cellNum: number): void {
    const b = this.b;
    const id = `aux_${cellNum}`;
    const rec = { id, kind: 'aux' as const, index: 0, net, prev: null, endpoint: 'AuxLogits' };
    this.block(rec, () => {
      b.role = 'aux';
      const activated = b.relu(net);
      return b.inScope(id, () => {
        const aux = b.identity(activated);
        return b.inScope('aux_logits', () => {
          let x = b.pool(aux, 'avg', 5, 3, 'VALID');
          x = b.relu(b.batchNorm(b.conv(x, 128, 1, 'proj'), 'aux_bn0'));
          const [h, w] = [x.shape[0] ?? 1, x.shape[1] ?? 1];
          x = b.relu(b.batchNorm(b.conv(x, 768, [h, w], 'Conv', 1, 'VALID'), 'aux_bn1'));
          return b.fc(b.flatten(x), this.config.numClasses);
        });
      });
    });
  }

  /** `final_layer`: relu, global average pool, (dropout = identity at inference), FC, softmax. */
  head(net: Sym): void {
    const b = this.b;
    const rec = {
      id: 'final_layer',
      kind: 'head' as const,
      index: 0,
      net,
      prev: null,
      endpoint: 'Predictions',
    };
    this.block(rec, () =>
      b.inScope('final_layer', () => {
        b.role = 'head';
        const pooled = b.globalPool(b.relu(net));
        b.markEndpoint(pooled, 'global_pool');
        const logits = b.fc(pooled, this.config.numClasses);
        b.markEndpoint(logits, 'Logits');
        return b.softmax(logits);
      }),
    );
  }

  describe(): GraphDescription {
    const { b, config, mode } = this;
    const inputOp = b.ops[0];
    if (!inputOp) throw new Error('model graph: no input op');
    const producerCell = new Map(b.ops.map((op) => [op.id, op.cell]));
    const cells: GraphCell[] = this.cells.map((rec) => ({
      id: rec.id,
      kind: rec.kind,
      index: rec.index,
      ...(rec.filterSize !== undefined ? { filterSize: rec.filterSize } : {}),
      ...(rec.stride !== undefined ? { stride: rec.stride } : {}),
      netInput: rec.net?.id ?? null,
      prevInput: rec.prev?.id ?? null,
      output: rec.output?.id ?? '',
      ...(rec.endpoint ? { endpoint: rec.endpoint } : {}),
      ops: b.ops.filter((op) => op.cell === rec.id),
    }));
    const edges: GraphEdge[] = [];
    for (const cell of cells) {
      const from = (id: string | null) => (id ? producerCell.get(id) : undefined);
      const net = from(cell.netInput);
      const prev = from(cell.prevInput);
      if (net) edges.push({ from: net, to: cell.id, kind: 'net' });
      if (prev) edges.push({ from: prev, to: cell.id, kind: 'prev' });
    }
    const endpoints: Record<string, string> = {};
    for (const op of b.ops) if (op.endpoint) endpoints[op.endpoint] = op.id;
    return {
      model: config.name,
      mode,
      inputShape: inputOp.shape,
      numClasses: config.numClasses,
      inputOp: inputOp.id,
      cells,
      edges,
      variables: b.variables,
      ...(b.globalStep ? { globalStep: b.globalStep } : {}),
      endpoints,
    };
  }
}
