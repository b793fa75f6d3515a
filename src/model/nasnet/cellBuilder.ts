import type { CellOperation, CellSpec } from './cellSpecs';
import { operationName } from './cellSpecs';
import type { GraphBuilder, Sym } from './graphBuilder';
import { symChannels as channels, symSpatial as spatial } from './graphBuilder';

const width = (x: Sym): number => spatial(x)[1];

/**
 * Slim's `factorized_reduction`: halves the resolution without dropping pixels — path 1 takes the
 * even pixels, path 2 the odd ones (one-pixel shift, zero at the border) — each through a 1x1
 * conv to half the filters, then concat and batch norm. Stride 1 is a plain 1x1 conv + bn.
 */
export function factorizedReduction(b: GraphBuilder, x: Sym, outFilters: number, stride: number): Sym {
  if (stride === 1) {
    b.role = 'factorized';
    return b.batchNorm(b.conv(x, outFilters, 1, 'path_conv'), 'path_bn');
  }
  // An odd filter count gives path 2 the extra filter (PNASNet's cell_stem_1: 27 = 13 + 14).
  const half = Math.trunc(outFilters / 2);
  b.role = 'path1';
  const path1 = b.conv(b.pool(x, 'avg', 1, stride, 'VALID'), half, 1, 'path1_conv');
  b.role = 'path2';
  const path2Filters = half + (outFilters % 2);
  const path2 = b.conv(b.pool(b.shift(x), 'avg', 1, stride, 'VALID'), path2Filters, 1, 'path2_conv');
  b.role = 'factorized';
  return b.batchNorm(b.concat([path1, path2]), 'final_path_bn');
}

/** `_reduce_prev_layer`: bring the previous layer to the current resolution and filter count. */
function reducePrevLayer(b: GraphBuilder, prev: Sym | null, net: Sym, filterSize: number): Sym {
  if (!prev) return net;
  b.role = 'prev';
  if (width(net) !== width(prev)) return factorizedReduction(b, b.relu(prev), filterSize, 2);
  if (channels(prev) !== filterSize) {
    return b.batchNorm(b.conv(b.relu(prev), filterSize, 1, 'prev_1x1'), 'prev_bn');
  }
  return prev;
}

/** `_apply_conv_operation` for one side of a comb iteration. */
function applyOperation(b: GraphBuilder, x: Sym, op: CellOperation, stride: number, filterSize: number): Sym {
  const inputFilters = channels(x);
  switch (op.kind) {
    case 'separable': {
      const k = op.kernel;
      let net = x;
      for (let layer = 1; layer <= op.layers; layer++) {
        net = b.separable(
          b.relu(net),
          filterSize,
          k,
          `separable_${k}x${k}_${layer}`,
          layer === 1 ? stride : 1,
        );
        net = b.batchNorm(net, `bn_sep_${k}x${k}_${layer}`);
      }
      return net;
    }
    case 'none':
      if (stride > 1 || inputFilters !== filterSize) {
        return b.batchNorm(b.conv(b.relu(x), filterSize, 1, '1x1', stride), 'bn_1');
      }
      return b.identity(x);
    case 'pool': {
      const pooled = b.pool(x, op.pool, op.kernel, stride, 'SAME');
      if (inputFilters === filterSize) return pooled;
      return b.batchNorm(b.conv(pooled, filterSize, 1, '1x1'), 'bn_1');
    }
  }
}

/** `_combine_unused_states`: reduce unused states to the last one's shape, then concat them. */
function combineUnusedStates(b: GraphBuilder, states: Sym[], used: readonly boolean[]): Sym {
  const last = states[states.length - 1];
  if (!last || used.length !== states.length) throw new Error('NASNet cell: hidden state table mismatch');
  b.role = 'cell_output';
  const reduced = states.map((s, idx) => {
    const differs = channels(s) !== channels(last) || width(s) !== width(last);
    if (!differs || used[idx]) return s;
    const stride = width(s) !== width(last) ? 2 : 1;
    return b.inScope(`reduction_${idx}`, () => factorizedReduction(b, s, channels(last), stride));
  });
  b.role = 'cell_output';
  return b.concat(reduced.filter((_, idx) => !used[idx]));
}

export interface CellInputs {
  net: Sym;
  prev: Sym | null;
  filterSize: number;
  stride: number;
}

/** One cell of an op table (`NasNetABaseCell.__call__`, NASNet-A and PNASNet-5) in the current scope. */
export function buildCell(b: GraphBuilder, spec: CellSpec, inputs: CellInputs): Sym {
  const { net, prev, filterSize, stride } = inputs;
  const prevReduced = reducePrevLayer(b, prev, net, filterSize);
  b.role = 'beginning';
  const first = b.batchNorm(b.conv(b.relu(net), filterSize, 1, '1x1'), 'beginning_bn');
  const states: Sym[] = [first, prevReduced];
  spec.combIterations.forEach((iteration, i) => {
    b.inScope(`comb_iter_${i}`, () => {
      const sides = (['left', 'right'] as const).map((side) => {
        const { input, op } = iteration[side];
        const state = states[input];
        if (!state) throw new Error(`NASNet cell: hidden state ${input} does not exist yet`);
        const opStride = stride > 1 && input >= 2 ? 1 : stride;
        b.role = 'comb';
        b.extras = { combIter: i, side, operation: operationName(op) };
        const out = b.inScope(side, () => {
          const result = applyOperation(b, state, op, opStride, filterSize);
          if (op.kind !== 'none') b.dropPathApplied();
          return result;
        });
        b.extras = {};
        return out;
      });
      b.role = 'combine';
      b.extras = { combIter: i };
      const [left, right] = sides as [Sym, Sym];
      states.push(b.inScope('combine', () => b.add(left, right)));
      b.extras = {};
    });
  });
  return b.inScope('cell_output', () => combineUnusedStates(b, states, spec.usedHiddenStates));
}
