import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared` beside the project: real TF fixtures and the NASNet oracle. */
export const sharedDir = resolve(process.cwd(), '..', 'shared');
export const fixturesDir = join(sharedDir, 'fixtures', 'tf');
export const oracleDir = join(sharedDir, 'oracle');

/**
 * True when the shared fixtures are present. In CI (env CI set) their absence is a failure;
 * elsewhere the tests that need them skip with a visible notice.
 */
export function haveSharedFixtures(): boolean {
  if (existsSync(fixturesDir)) return true;
  if (process.env.CI) throw new Error(`Shared fixtures missing at ${fixturesDir}; CI must have them.`);
  console.warn(`\n⚠ NOTICE: ${fixturesDir} not found — tests that read real TF fixtures are SKIPPED.\n`);
  return false;
}

export const fixture = (...parts: string[]): string => join(fixturesDir, ...parts);

/** Every V2 prefix among the real fixtures (a trailing `/` = the empty prefix, dot-files). */
export const V2_FIXTURES: readonly { prefix: string; snappyIndex?: true; indexOnly?: true }[] = [
  { prefix: 'serving-half-plus-two-v2/export' },
  { prefix: 'serving-saved-model-half-plus-three/variables/variables' },
  { prefix: 'serving-saved-model-counter/variables/variables' },
  { prefix: 'serving-saved-model-half-plus-two-mkl/variables/variables' },
  { prefix: 'serving-saved-model-half-plus-two-cpu/variables/variables', snappyIndex: true },
  { prefix: 'serving-saved-model-half-plus-two-tf2/variables/variables', snappyIndex: true },
  { prefix: 'serving-tf-text-regression/variables/variables' },
  { prefix: 'keras-nasnetmobile-index-only/variables/variables', indexOnly: true },
  { prefix: 'keras-iris-sharded-tf2/model.ckpt' },
  { prefix: 'vqvae-tf2-checkpoint/ckpt-1' },
  { prefix: 'deepchem-tf2-checkpoint/ckpt-2' },
  { prefix: 'houseprices-tf1.10/model.ckpt' },
  { prefix: 'houseprices-tf1.10/model_longtrain.ckpt' },
  { prefix: 'dnn-test-tf1.12/model.ckpt' },
  { prefix: 'dnn-test-tf1.12/' },
  { prefix: 'banknote-tf2.0-v1saver/model.ckpt-100' },
  { prefix: 'titanic-estimator-tf2.7/model.ckpt-200' },
];
