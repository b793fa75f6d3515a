/**
 * The two NASNet-A cells as op tables (TF-Slim nasnet_utils.py `NasNetANormalCell` /
 * `NasNetAReductionCell`). Hidden state 0 is the cell input after relu → 1x1 → bn, hidden state 1
 * the (reduced) previous layer, and comb iteration i appends hidden state 2 + i.
 */
export type CellOperation =
  | { kind: 'separable'; kernel: 3 | 5 | 7; layers: number }
  | { kind: 'pool'; pool: 'avg' | 'max'; kernel: 3 }
  | { kind: 'none' };

export interface CombIterationSpec {
  left: { input: number; op: CellOperation };
  right: { input: number; op: CellOperation };
}

export interface CellSpec {
  kind: 'normal' | 'reduction';
  combIterations: readonly CombIterationSpec[];
  /** Per hidden state: consumed inside the cell (true) or concatenated into the output (false). */
  usedHiddenStates: readonly boolean[];
}

const sep = (kernel: 3 | 5 | 7): CellOperation => ({ kind: 'separable', kernel, layers: 2 });
const avg3: CellOperation = { kind: 'pool', pool: 'avg', kernel: 3 };
const max3: CellOperation = { kind: 'pool', pool: 'max', kernel: 3 };
const none: CellOperation = { kind: 'none' };

const iter = (li: number, lop: CellOperation, ri: number, rop: CellOperation): CombIterationSpec => ({
  left: { input: li, op: lop },
  right: { input: ri, op: rop },
});

export const NORMAL_CELL: CellSpec = {
  kind: 'normal',
  combIterations: [
    iter(0, sep(5), 1, sep(3)),
    iter(1, sep(5), 1, sep(3)),
    iter(0, avg3, 1, none),
    iter(1, avg3, 1, avg3),
    iter(0, sep(3), 0, none),
  ],
  usedHiddenStates: [true, false, false, false, false, false, false],
};

export const REDUCTION_CELL: CellSpec = {
  kind: 'reduction',
  combIterations: [
    iter(0, sep(5), 1, sep(7)),
    iter(0, max3, 1, sep(7)),
    iter(0, avg3, 1, sep(5)),
    iter(3, none, 2, avg3),
    iter(2, sep(3), 0, max3),
  ],
  usedHiddenStates: [true, true, true, false, false, false, false],
};

/** Slim's operation string, e.g. `separable_5x5_2`, `avg_pool_3x3`, `none`. */
export function operationName(op: CellOperation): string {
  switch (op.kind) {
    case 'separable':
      return `separable_${op.kernel}x${op.kernel}_${op.layers}`;
    case 'pool':
      return `${op.pool}_pool_${op.kernel}x${op.kernel}`;
    case 'none':
      return 'none';
  }
}
