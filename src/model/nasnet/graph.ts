import { CellNetworkAssembler } from './assembler';
import { NORMAL_CELL, REDUCTION_CELL } from './cellSpecs';
import type { GraphMode, NasnetConfig, NasnetModelName } from './configs';
import { nasnetConfig, reductionIndices } from './configs';
import type { Sym } from './graphBuilder';
import type { GraphDescription } from './graphTypes';

export type * from './graphTypes';

/** Builds NASNet-A symbolically, mirroring `_build_nasnet_base`'s creation order. */
class NasnetAssembler extends CellNetworkAssembler {
  constructor(
    readonly nasnet: NasnetConfig,
    mode: GraphMode,
  ) {
    super(nasnet, mode);
  }

  /** `_cifar_stem`: one 3x3 conv + bn; returns the hidden states so far (`cell_outputs`). */
  private cifarStem(image: Sym): (Sym | null)[] {
    const c = this.nasnet;
    this.b.role = 'stem';
    const filters = Math.trunc(c.numConvFilters * c.stemMultiplier);
    const rec = { id: 'l1_stem', kind: 'stem' as const, index: 0, net: image, prev: null, endpoint: 'Stem' };
    const net = this.block(rec, () =>
      this.b.batchNorm(this.b.conv(image, filters, 3, 'l1_stem_3x3'), 'l1_stem_bn'),
    );
    return [null, net];
  }

  build(): void {
    const c = this.nasnet;
    const image = this.input();
    // NASNet-A's ImageNet stem cells are reduction cells.
    const cellOutputs =
      c.stemType === 'cifar' ? this.cifarStem(image) : this.imagenetStem(image, REDUCTION_CELL);
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
        net = this.cell('reduction', REDUCTION_CELL, `reduction_cell_${r}`, r, args);
        cellOutputs.push(net);
      }
      if (!c.skipReductionLayerInput) prev = cellOutputs[cellOutputs.length - 2] ?? null;
      const args = { net, prev, filterScaling, stride: 1, endpoint: `Cell_${cellNum}` };
      net = this.cell('normal', NORMAL_CELL, `cell_${cellNum}`, cellNum, args);
      if (c.useAuxHead && auxCells.includes(cellNum) && this.mode === 'training') this.auxHead(net, cellNum);
      cellOutputs.push(net);
    }
    this.head(net);
  }
}

const cache = new Map<string, GraphDescription>();

/**
 * The NASNet-A graph of a config as plain data: cells, ops, edges and every variable in TF-Slim's
 * creation order. Pure and cached; the returned object must be treated as read-only.
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
    // TF-Slim's `num_classes` only sets the logits (and aux logits) width.
    const asm = new NasnetAssembler({ ...nasnetConfig(model), numClasses }, mode);
    asm.build();
    graph = asm.describe();
    // Any class count can be asked for: keep the cache to the few graphs in use.
    if (cache.size >= 24) cache.delete(cache.keys().next().value as string);
    cache.set(key, graph);
  }
  return graph;
}
