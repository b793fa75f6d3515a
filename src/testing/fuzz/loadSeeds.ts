// Node-only: every seed set, from the real fixtures (when present) and generated files.
import { dirname, join } from 'node:path';
import { bundleEntrySeeds, objectGraphSeeds } from './derivedSeeds';
import { h5Seeds } from './h5Seeds';
import { keras3Seeds, tfjsSeeds } from './keras3TfjsSeeds';
import {
  fixtureSeeds,
  graphFileSeeds,
  mappingDocumentSeeds,
  npySeeds,
  npzSeeds,
  safetensorsSeeds,
  syntheticBundleSeeds,
} from './seeds';
import type { SeedSets } from './targets';
import { torchSeeds } from './torchSeeds';

/** `fixturesDir` is ../shared/fixtures/tf; the torch fixtures are its sibling `torch`. */
export async function loadSeedSets(fixturesDir: string | undefined): Promise<SeedSets> {
  const real = fixturesDir ? fixtureSeeds(fixturesDir) : [];
  const checkpoints = [...real, ...(await syntheticBundleSeeds())];
  return {
    checkpoints,
    objectGraphs: await objectGraphSeeds(checkpoints),
    bundleEntries: await bundleEntrySeeds(checkpoints),
    npy: npySeeds(),
    npz: await npzSeeds(),
    safetensors: safetensorsSeeds(),
    h5: await h5Seeds(),
    graphFiles: graphFileSeeds(real),
    mappingDocuments: mappingDocumentSeeds(),
    pytorch: torchSeeds(fixturesDir ? join(dirname(fixturesDir), 'torch') : undefined),
    keras3: await keras3Seeds(),
    tfjs: tfjsSeeds(),
  };
}
