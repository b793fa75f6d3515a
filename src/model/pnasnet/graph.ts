import type { GraphMode } from '../modelTypes';
import { CellNetworkAssembler } from '../nasnet/assembler';
import { reductionIndices } from '../nasnet/configs';
import type { GraphDescription } from '../nasnet/graphTypes';
import { PNASNET_CELL } from './cellSpec';
import { pnasnetConfig, type PnasnetConfig, type PnasnetModelName } from './configs';

/**
 * Builds PNASNet-5 symbolically in `_build_pnasnet_base`'s creation order: NASNet's ImageNet stem
 * with the PNASNet cell as stem cell, then `num_cells` PNASNet cells numbered without gaps, those at
 * the reduction indices with stride 2 and doubled filters; the previous layer is always
 * `cell_outputs[-2]` (skip_reduction_layer_input), the aux head follows the cell before the second
 * reduction.
 */
class PnasnetAssembler extends CellNetworkAssembler {
  constructor(
    readonly pnasnet: PnasnetConfig,
    mode: GraphMode,
  ) {
    super(pnasnet, mode);
  }

  build(): void {
    const c = this.pnasnet;
    const image = this.input();
    const cellOutputs = this.imagenetStem(image, PNASNET_CELL);
    const reductions = reductionIndices(c);
    const auxCells = reductions.length >= 2 ? [(reductions[1] ?? 0) - 1] : [];
    let net = cellOutputs[cellOutputs.length - 1] ?? image;
    let filterScaling = 1.0;
    for (let cellNum = 0; cellNum < c.numCells; cellNum++) {
      const isReduction = reductions.includes(cellNum);
      if (isReduction) filterScaling *= c.filterScalingRate;
      const prev = cellOutputs[cellOutputs.length - 2] ?? null;
      const stride = isReduction ? 2 : 1;
      const args = { net, prev, filterScaling, stride, endpoint: `Cell_${cellNum}` };
      net = this.cell('normal', PNASNET_CELL, `cell_${cellNum}`, cellNum, args);
      cellOutputs.push(net);
      if (c.useAuxHead && auxCells.includes(cellNum) && this.mode === 'training') this.auxHead(net, cellNum);
    }
    this.head(net);
  }
}

const cache = new Map<string, GraphDescription>();

/** The PNASNet-5 graph of a config as plain data (cells, ops, edges, ordered variables); cached. */
export function pnasnetGraph(
  model: PnasnetModelName,
  mode: GraphMode,
  numClasses = pnasnetConfig(model).numClasses,
): GraphDescription {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new Error(`pnasnetGraph: num_classes must be a positive whole number, got ${numClasses}`);
  }
  const key = `${model}:${mode}:${numClasses}`;
  let graph = cache.get(key);
  if (!graph) {
    // TF-Slim's `num_classes` only sets the logits (and aux logits) width.
    const asm = new PnasnetAssembler({ ...pnasnetConfig(model), numClasses }, mode);
    asm.build();
    graph = asm.describe();
    // Any class count can be asked for: keep the cache to the few graphs in use.
    if (cache.size >= 24) cache.delete(cache.keys().next().value as string);
    cache.set(key, graph);
  }
  return graph;
}
