/**
 * Test-only: the state dict a Cadene `pretrainedmodels` NASNetAMobile converted from a TF-Slim
 * checkpoint holds — keys and shapes from torchNasnet.ts (written from Cadene's
 * nasnet_mobile.py), values from the Slim checkpoint put into PyTorch layouts (conv OIHW, depthwise
 * [in,1,h,w], linear [out,in]). Tests hand the result to src/testing/torchWriter to get a .pth.
 */
import type { CheckpointReader } from '../../formats/checkpoint';
import { permuteValues } from '../../formats/numpy/prepareNpyValue';
import { bytesOfValues } from '../../formats/numpy/typedValues';
import { nasnetVariables } from '../../model/nasnet/variables';
import { torchNasnetCheckpoint, type TorchPortOptions } from './torchNasnet';

export interface PortTensor {
  dtype: 'float32' | 'int64';
  shape: number[];
  bytes: Uint8Array;
}

export interface CadenePort {
  /** State-dict keys in registration order with their tensors. */
  entries: Array<[string, PortTensor]>;
  /** Slim graph variable → state-dict key (the ground truth, independent of the matcher). */
  truth: Map<string, string>;
}

/** Slim layout → PyTorch layout permutation, by the Slim variable's kind and rank. */
function torchPerm(rank: number, kind: string | undefined): number[] | null {
  if (rank === 4) return kind === 'depthwise_weights' ? [2, 3, 0, 1] : [3, 2, 0, 1];
  if (rank === 2) return [1, 0];
  return null;
}

/** Builds Cadene's NASNetAMobile state dict from a Slim NASNet-A Mobile checkpoint (1001 classes). */
export async function cadeneMobileFromSlim(
  slim: CheckpointReader,
  options: Partial<TorchPortOptions> = {},
): Promise<CadenePort> {
  const graph = nasnetVariables('nasnet-mobile', 'inference');
  const o: TorchPortOptions = {
    numBlocks: 4,
    mobileNumbering: true,
    classes: 1001,
    batchesTracked: true,
    prefix: '',
    ...options,
  };
  const { variables, truth } = torchNasnetCheckpoint(graph, o);
  const slimOf = new Map([...truth].map(([s, t]) => [t, s]));
  const kindOf = new Map(graph.map((g) => [g.name, g.kind]));
  const entries: Array<[string, PortTensor]> = [];
  for (const v of variables) {
    const slimName = slimOf.get(v.name);
    if (!slimName) {
      // BatchNorm's num_batches_tracked counter: bookkeeping a Slim checkpoint has no value for.
      entries.push([v.name, { dtype: 'int64', shape: [], bytes: bytesOfValues(BigInt64Array.of(1000n)) }]);
      continue;
    }
    const t = await slim.readTensor(slimName);
    const perm = torchPerm(t.shape.length, kindOf.get(slimName));
    const values = (perm ? permuteValues(t.values, t.shape, perm) : t.values) as Float32Array;
    const shape = perm ? perm.map((p) => t.shape[p]!) : t.shape;
    if (shape.join() !== v.shape.join()) throw new Error(`${v.name}: [${shape}] vs port [${v.shape}]`);
    entries.push([v.name, { dtype: 'float32', shape, bytes: new Uint8Array(bytesOfValues(values)) }]);
  }
  return { entries, truth };
}
