// `npm run bench -- pytorch`: reading a Cadene NASNetAMobile .pth (written from the oracle's weights,
// zip and legacy) to a listing, beside the TF index parse of the same weights; peak memory while
// reading every tensor against the largest tensor. Targets (issue 10): listing < 100 ms, peak below
// 2 × the largest tensor + 50 MB.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeByteSource } from '../src/formats/bytes/nodeByteSource';
import { openNodeCheckpoint } from '../src/formats/openNode';
import { openPytorch } from '../src/formats/pytorch/openPytorch';
import { readBundleIndex } from '../src/formats/tensorflow/bundleIndex';
import { oracleDir } from '../src/testing/fixtures';
import { cadeneMobileFromSlim } from '../src/testing/matching/cadenePth';
import { torchDict, torchTensor, writeTorchLegacy, writeTorchZip } from '../src/testing/torchWriter';

const MB = 1 << 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function medianMs(runs: number, f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Peak of JS heap + array buffers above the level before `f`, sampled every 2 ms. */
async function peakAbove(f: () => Promise<void>): Promise<number> {
  const level = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  (globalThis as { gc?: () => void }).gc?.();
  const base = level();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, level())), 2);
  await f();
  clearInterval(timer);
  peak = Math.max(peak, level());
  return peak - base;
}

export async function run(): Promise<void> {
  const index = join(oracleDir, 'nasnet-mobile', 'model.ckpt.index');
  if (!existsSync(index)) {
    console.log('pytorch: ../shared/oracle missing — skipped');
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'slimscope-bench-pth-'));
  try {
    const port = await cadeneMobileFromSlim(
      await openNodeCheckpoint(join(oracleDir, 'nasnet-mobile', 'model.ckpt')),
    );
    const stateDict = torchDict(port.entries.map(([k, t]) => [k, torchTensor(t.dtype, t.shape, t.bytes)]));
    const files = {
      zip: join(dir, 'nasnetamobile.pth'),
      legacy: join(dir, 'nasnetamobile-legacy.pth'),
    };
    await writeFile(files.zip, writeTorchZip(stateDict, 'nasnetamobile'));
    await writeFile(files.legacy, writeTorchLegacy(stateDict));
    port.entries.length = 0;

    const tfIndex = await nodeByteSource(index);
    const tfMs = await medianMs(15, () => readBundleIndex(tfIndex));
    for (const [form, path] of Object.entries(files)) {
      const source = await nodeByteSource(path);
      let count = 0;
      const ms = await medianMs(15, async () => (count = (await openPytorch(source)).variables.length));
      console.log(
        `pytorch ${form}: ${(source.size / MB).toFixed(1)} MB .pth to a listing of ${count} entries, median ${ms.toFixed(1)} ms` +
          ` (target < 100 ms); TF index parse of the same weights ${tfMs.toFixed(1)} ms → ratio ${(ms / tfMs).toFixed(2)}`,
      );
      const reader = await openPytorch(source);
      const largest = Math.max(...reader.variables.map((v) => v.bytes));
      const peak = await peakAbove(async () => {
        for (const v of reader.variables) await reader.readTensor(v.name);
      });
      const limit = 2 * largest + 50 * MB;
      console.log(
        `  peak memory reading every tensor: ${(peak / MB).toFixed(1)} MB above baseline; largest tensor ` +
          `${(largest / MB).toFixed(1)} MB → ${(peak / largest).toFixed(2)}× (target < 2× largest + 50 MB = ` +
          `${(limit / MB).toFixed(1)} MB: ${peak < limit ? 'met' : 'NOT met'})`,
      );
      source.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
