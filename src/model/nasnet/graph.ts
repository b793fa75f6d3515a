import { buildCell } from './cellBuilder';
import { NORMAL_CELL, REDUCTION_CELL } from './cellSpecs';
import type { GraphMode, NasnetConfig, NasnetModelName } from './configs';
import { nasnetConfig, reductionIndices } from './configs';
import { GraphBuilder, type Sym } from './graphBuilder';
import type { CellKind, GraphCell, GraphDescription, GraphEdge } from './graphTypes';

export type * from './graphTypes';

interface CellRecord {
  id: string;
  kind: CellKind;
  index: number;
  filterSize?: number;
  net: Sym | null;
  prev: Sym | null;
  output?: Sym;
  endpoint?: string;
}

/** Builds the whole network symbolically, mirroring `_build_nasnet_base`'s creation order. */
class NasnetAssembler {
  readonly b: GraphBuilder;
  readonly cells: CellRecord[] = [];

  constructor(
    readonly config: NasnetConfig,
    readonly mode: GraphMode,
    readonly numClasses: number,
  ) {
    this.b = new GraphBuilder(config.effectiveBatchNormEpsilon);
  }

  private block(rec: Omit<CellRecord, 'output'>, body: () => Sym): Sym {
    this.b.cell = rec.id;
    const output = body();
    this.cells.push({ ...rec, output });
    if (rec.endpoint) this.b.markEndpoint(output, rec.endpoint);
    return output;
  }

  private nasnetCell(kind: 'stem' | 'normal' | 'reduction', id: string, index: number, args: CellArgs): Sym {
    const spec = kind === 'normal' ? NORMAL_CELL : REDUCTION_CELL;
    const filterSize = Math.trunc(this.config.numConvFilters * args.filterScaling);
    const rec = { id, kind, index, filterSize, net: args.net, prev: args.prev, endpoint: args.endpoint };
    return this.block(rec, () =>
      this.b.inScope(id, () =>
        buildCell(this.b, spec, { net: args.net, prev: args.prev, filterSize, stride: args.stride }),
      ),
    );
  }

  /** `_imagenet_stem` / `_cifar_stem`; returns the hidden states so far (`cell_outputs`). */
  private stem(image: Sym): (Sym | null)[] {
    const c = this.config;
    this.b.role = 'stem';
    if (c.stemType === 'cifar') {
      const filters = Math.trunc(c.numConvFilters * c.stemMultiplier);
      const rec = {
        id: 'l1_stem',
        kind: 'stem' as const,
        index: 0,
        net: image,
        prev: null,
        endpoint: 'Stem',
      };
      const net = this.block(rec, () =>
        this.b.batchNorm(this.b.conv(image, filters, 3, 'l1_stem_3x3'), 'l1_stem_bn'),
      );
      return [null, net];
    }
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
      outputs.push(
        this.nasnetCell('stem', `cell_stem_${i}`, i + 1, { net, prev, filterScaling, stride: 2, endpoint }),
      );
      filterScaling *= c.filterScalingRate;
    }
    return outputs;
  }

  private auxHead(net: Sym, cellNum: number): void {
    const b = this.b;
    const rec = {
      id: `aux_${cellNum}`,
      kind: 'aux' as const,
      index: 0,
      net,
      prev: null,
      endpoint: 'AuxLogits',
    };
    this.block(rec, () => {
      b.role = 'aux';
      const activated = b.relu(net);
      return b.inScope(rec.id, () => {
        const aux = b.identity(activated);
        return b.inScope('aux_logits', () => {
          let x = b.pool(aux, 'avg', 5, 3, 'VALID');
          x = b.relu(b.batchNorm(b.conv(x, 128, 1, 'proj'), 'aux_bn0'));
          const [h, w] = [x.shape[0] ?? 1, x.shape[1] ?? 1];
          x = b.relu(b.batchNorm(b.conv(x, 768, [h, w], 'Conv', 1, 'VALID'), 'aux_bn1'));
          return b.fc(b.flatten(x), this.numClasses);
        });
      });
    });
  }

  private head(net: Sym): void {
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
        // slim.dropout is the identity at inference time and owns no variables.
        const logits = b.fc(pooled, this.numClasses);
        b.markEndpoint(logits, 'Logits');
        return b.softmax(logits);
      }),
    );
  }

  build(): void {
    const c = this.config;
    this.b.cell = 'input';
    const image = this.b.input([c.imageSize, c.imageSize, 3]);
    const cellOutputs = this.stem(image);
    const reductions = reductionIndices(c);
    const auxCells = reductions.length >= 2 ? [(reductions[1] ?? 0) - 1] : [];
    let net = cellOutputs[cellOutputs.length - 1] ?? image;
    let filterScaling = 1.0;
    let prev: Sym | null = null;
    for (let cellNum = 0; cellNum < c.numCells; cellNum++) {
      if (c.skipReductionLayerInput) prev = cellOutputs[cellOutputs.length - 2] ?? null;
      const r = reductions.indexOf(cellNum);
      if (r >= 0) {
        filterScaling *= c.filterScalingRate;
        const rprev = cellOutputs[cellOutputs.length - 2] ?? null;
        const args = { net, prev: rprev, filterScaling, stride: 2, endpoint: `Reduction_Cell_${r}` };
        net = this.nasnetCell('reduction', `reduction_cell_${r}`, r, args);
        cellOutputs.push(net);
      }
      if (!c.skipReductionLayerInput) prev = cellOutputs[cellOutputs.length - 2] ?? null;
      const args = { net, prev, filterScaling, stride: 1, endpoint: `Cell_${cellNum}` };
      net = this.nasnetCell('normal', `cell_${cellNum}`, cellNum, args);
      if (c.useAuxHead && auxCells.includes(cellNum) && this.mode === 'training') this.auxHead(net, cellNum);
      cellOutputs.push(net);
    }
    this.head(net);
  }
}

interface CellArgs {
  net: Sym;
  prev: Sym | null;
  filterScaling: number;
  stride: number;
  endpoint: string | undefined;
}

function describe(asm: NasnetAssembler): GraphDescription {
  const { b, config, mode, numClasses } = asm;
  const inputOp = b.ops[0];
  if (!inputOp) throw new Error('NASNet graph: no input op');
  const producerCell = new Map(b.ops.map((op) => [op.id, op.cell]));
  const cells: GraphCell[] = asm.cells.map((rec) => ({
    id: rec.id,
    kind: rec.kind,
    index: rec.index,
    ...(rec.filterSize !== undefined ? { filterSize: rec.filterSize } : {}),
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
    numClasses,
    inputOp: inputOp.id,
    cells,
    edges,
    variables: b.variables,
    endpoints,
  };
}

const cache = new Map<string, GraphDescription>();

/**
 * The NASNet-A graph of a config as plain data: cells, ops, edges and every variable in TF-Slim's
 * creation order. `numClasses` is TF-Slim's `num_classes` (the logits width; default: the
 * config's, 1001 for ImageNet, 10 for CIFAR). Pure and cached; treat the result as read-only.
 */
export function nasnetGraph(
  model: NasnetModelName,
  mode: GraphMode,
  numClasses = nasnetConfig(model).numClasses,
): GraphDescription {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new Error(`nasnetGraph: num_classes must be a positive whole number, got ${numClasses}`);
  }
  const key = `${model}:${mode}:${numClasses}`;
  let graph = cache.get(key);
  if (!graph) {
    const asm = new NasnetAssembler(nasnetConfig(model), mode, numClasses);
    asm.build();
    graph = describe(asm);
    // Any class count can be asked for: keep the cache to the few graphs in use.
    if (cache.size >= 24) cache.delete(cache.keys().next().value as string);
    cache.set(key, graph);
  }
  return graph;
}
