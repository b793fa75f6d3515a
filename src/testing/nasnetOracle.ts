// The NASNet-A Mobile oracle (../shared/oracle/nasnet-mobile) as the Verify tests use it: its input
// batch as a model input, and its logits held against a run's with the app's tolerance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNpy } from '../formats/numpy/npy';
import { COMPARE_TOLERANCE, compareLogits, type LogitsComparison } from '../inference/compareLogits';
import { oracleDir } from './fixtures';

export const nasnetOracle = (file: string): string => join(oracleDir, 'nasnet-mobile', file);

/** `input.npy`: the preprocessed [2,224,224,3] batch, as a tensor input. */
export function oracleInputTensor(): { values: Float32Array; shape: number[] } {
  const input = decodeNpy(readFileSync(nasnetOracle('input.npy')), 'input.npy');
  return { values: input.values as Float32Array, shape: input.shape };
}

/** A run's [2,1001] logits against `logits.npy`, with the tolerance Verify uses on `backend`. */
export function againstOracleLogits(logits: Float32Array, backend: 'cpu' | 'wasm'): LogitsComparison {
  const ref = decodeNpy(readFileSync(nasnetOracle('logits.npy')), 'logits.npy');
  return compareLogits(logits, [2, 1001], ref.values as Float32Array, ref.shape, COMPARE_TOLERANCE[backend]);
}
