import type { CellOperation, CellSpec, CombIterationSpec } from '../nasnet/cellSpecs';

/**
 * The PNASNet-5 cell (TF-Slim pnasnet.py `PNasNetNormalCell`) as an op table: operations
 * [sep5x5, max3x3, sep7x7, max3x3, sep5x5, sep3x3, sep3x3, max3x3, sep3x3, none], hidden state
 * indices [1, 1, 0, 0, 0, 0, 4, 0, 1, 0], used hidden states [1, 1, 0, 0, 0, 0, 0]. The same cell
 * runs with stride 2 in the stem and at each reduction index; there is no reduction cell.
 */
const sep = (kernel: 3 | 5 | 7): CellOperation => ({ kind: 'separable', kernel, layers: 2 });
const max3: CellOperation = { kind: 'pool', pool: 'max', kernel: 3 };
const none: CellOperation = { kind: 'none' };

const iter = (li: number, lop: CellOperation, ri: number, rop: CellOperation): CombIterationSpec => ({
  left: { input: li, op: lop },
  right: { input: ri, op: rop },
});

export const PNASNET_CELL: CellSpec = {
  kind: 'normal',
  combIterations: [
    iter(1, sep(5), 1, max3),
    iter(0, sep(7), 0, max3),
    iter(0, sep(5), 0, sep(3)),
    iter(4, sep(3), 0, max3),
    iter(1, sep(3), 0, none),
  ],
  usedHiddenStates: [true, true, false, false, false, false, false],
};
