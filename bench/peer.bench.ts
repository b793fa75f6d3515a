// `npm run bench -- peer`: NASNet-A Mobile in Slimscope (TF.js WASM) side by side with a peer,
// ONNX Runtime Web (WASM), in one Node process: the same weights (the oracle checkpoint and its
// ONNX export), the same input, the same thread count. Both outputs are checked against the TF-Slim
// logits before anything is timed; the batches are timed in alternating rounds (the machine is
// shared) and the figure is the ratio of the medians.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as ort from 'onnxruntime-web';
import { openNodeCheckpoint } from '../src/formats/openNode';
import type { TensorData } from '../src/formats/checkpoint';
import { decodeNpy } from '../src/formats/numpy/npy';
import { loadNasnet } from '../src/inference/nasnetModel';
import { useNodeBackend } from '../src/inference/nodeBackend';
import { oracleDir } from '../src/testing/fixtures';
import { PEER_TARGET, PEER_TOLERANCE, logitsVerdict, median, nchwRepeat, nhwcRepeat } from './peerCheck';

const BATCHES = [1, 4];
const ROUNDS = 7;
const TARGET = PEER_TARGET;
const oracle = join(oracleDir, 'nasnet-mobile');
const onnxFile = join(oracleDir, 'nasnet-mobile-onnx', 'nasnet_mobile.onnx');

const npy = (file: string): TensorData => decodeNpy(readFileSync(join(oracle, file)), file);

type Runner = (batch: number) => Promise<Float32Array>;

async function peerRunner(threads: number, input: TensorData): Promise<Runner> {
  const require = createRequire(import.meta.url);
  // The .wasm comes from node_modules, never from a CDN.
  ort.env.wasm.wasmPaths = `${dirname(require.resolve('onnxruntime-web'))}/`;
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.simd = true;
  const session = await ort.InferenceSession.create(readFileSync(onnxFile), {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
  const inputs = new Map(BATCHES.concat(2).map((b) => [b, nchwRepeat(input, b)]));
  return async (batch) => {
    const x = new ort.Tensor('float32', inputs.get(batch)!, [batch, 3, 224, 224]);
    const out = await session.run({ input: x });
    return out.logits!.data as Float32Array;
  };
}

async function slimscopeRunner(input: TensorData): Promise<{ run: Runner; dispose(): void }> {
  await useNodeBackend('wasm');
  const model = await loadNasnet(await openNodeCheckpoint(join(oracle, 'model.ckpt')), 'nasnet-mobile');
  const inputs = new Map(
    BATCHES.concat(2).map((b) => [b, tf.tensor4d(nhwcRepeat(input, b), [b, 224, 224, 3])]),
  );
  const run: Runner = async (batch) => {
    const out = model.runner.run(inputs.get(batch)!);
    const logits = (await out.logits.data()) as Float32Array;
    for (const t of new Set(Object.values(out.endpoints))) t.dispose();
    return logits;
  };
  return { run, dispose: () => (model.dispose(), tf.dispose([...inputs.values()])) };
}

/** Refuses to time a runtime whose logits on the oracle input do not match TF-Slim's. */
const checked = async (
  label: string,
  run: Runner,
  expected: TensorData,
  tolerance: number,
): Promise<string> => logitsVerdict(label, await run(2), expected, tolerance);

const msPerImage = async (run: Runner, batch: number): Promise<number> => {
  const t0 = performance.now();
  await run(batch);
  return (performance.now() - t0) / batch;
};

export async function run(): Promise<void> {
  const input = npy('input.npy');
  const expected = npy('logits.npy');
  const threads = 1;
  const peer = await peerRunner(threads, input);
  const slim = await slimscopeRunner(input);
  console.log(await checked('ONNX Runtime Web', peer, expected, PEER_TOLERANCE.onnx));
  console.log(await checked('Slimscope', slim.run, expected, PEER_TOLERANCE.slimscope));
  const times = new Map(BATCHES.map((b) => [b, { peer: [] as number[], slim: [] as number[] }]));
  for (const b of BATCHES) for (const r of [peer, slim.run]) await msPerImage(r, b); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const b of BATCHES) {
      const t = times.get(b)!;
      // Alternate who goes first so neither always runs right after the other's cache footprint.
      if (r % 2 === 0) t.peer.push(await msPerImage(peer, b));
      t.slim.push(await msPerImage(slim.run, b));
      if (r % 2 === 1) t.peer.push(await msPerImage(peer, b));
    }
  }
  slim.dispose();
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(
    `Node ${process.version}, WASM SIMD, ${threads} thread each, medians of ${ROUNDS} alternating rounds; ` +
      `load average ${load.join(' / ')} on ${cpus().length} CPUs (the ratio is measured side by side in one run)`,
  );
  const per = new Map<number, { peer: number; slim: number }>();
  for (const b of BATCHES) {
    const t = times.get(b)!;
    const row = { peer: median(t.peer), slim: median(t.slim) };
    per.set(b, row);
    const ratio = row.peer / row.slim;
    console.log(
      `  batch ${b}: ONNX Runtime Web ${row.peer.toFixed(1)} ms/image, Slimscope ${row.slim.toFixed(1)} ms/image; ` +
        `Slimscope is ${ratio.toFixed(2)}× ONNX Runtime Web's speed (target ≥ ${TARGET})`,
    );
  }
  const gain = (k: 'peer' | 'slim') => (per.get(1)![k] / per.get(4)![k]).toFixed(2);
  console.log(
    `  what limits each: both run on one thread here — TF.js does not start WASM threads under Node ` +
      `(tfjs-backend-wasm reports no thread support in Node; threads are measured in Chromium: npm run bench -- peer-browser), so ONNX ` +
      `Runtime Web is held to 1 thread too. Batch 4 vs batch 1 per-image speed-up: ONNX Runtime Web ` +
      `${gain('peer')}×, Slimscope ${gain('slim')}× (≈1: arithmetic-bound; above 1: per-op overhead ` +
      `that batching amortizes). Slimscope's time by step kind: npm run bench -- model.`,
  );
}
