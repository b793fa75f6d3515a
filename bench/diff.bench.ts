// `npm run bench -- diff`: comparing two checkpoints (every pair streamed, statistics, relation
// checks) against a plain read of both files in the same run — the reader streaming every tensor
// of A and of B with its CRC check, and a raw sequential read of the data files. Target: diff rate
// ≥ 0.5 × the plain read rate. Also the peak RSS growth during the diff (memory stays bounded by
// the two largest tensors plus chunk buffers, not the files).
import { open, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckpointReader, TensorData } from '../src/formats/checkpoint';
import { openNodeCheckpoint } from '../src/formats/openNode';
import { chunksOf } from '../src/formats/stats/tensorStats';
import { compareCheckpoints } from '../src/matching/compare/compareCheckpoints';
import { writeCheckpointFiles } from '../src/testing/compare/checkpointPairs';

const MB = 1 << 20;
const CHUNK = 4 * MB;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

type Scenario = 'sparse' | 'dense';

/**
 * A and B: `tensors` float32 tensors of `perTensor` bytes. `sparse`: B changes every 97th value of
 * every 4th tensor (a few moved layers); `dense`: every value of every 4th tensor (fine-tuned
 * layers). Changes are small additive noise, not a constant scale (which the relation check would
 * follow to the last element).
 */
async function writePair(
  dir: string,
  tensors: number,
  perTensor: number,
  scenario: Scenario,
): Promise<[string, string]> {
  const step = scenario === 'sparse' ? 97 : 1;
  const n = perTensor / 4;
  const make = (changed: boolean): TensorData[] =>
    Array.from({ length: tensors }, (_, t) => {
      const v = new Float32Array(n);
      for (let i = 0; i < n; i++) v[i] = Math.sin(i * 0.01 + t) * 0.05;
      if (changed && t % 4 === 0) for (let i = 0; i < n; i += step) v[i] = v[i]! + 1e-4 * Math.sin(i * 7.3);
      return { name: `block_${t}/conv/weights`, dtype: 'float32', shape: [n / 256, 256], values: v };
    });
  const a = join(dir, `${scenario}-a.ckpt`);
  const b = join(dir, `${scenario}-b.ckpt`);
  await writeCheckpointFiles(a, make(false));
  await writeCheckpointFiles(b, make(true));
  return [a, b];
}

async function readerPass(readers: CheckpointReader[]): Promise<number> {
  let bytes = 0;
  for (const r of readers) {
    for (const v of r.variables) {
      for await (const chunk of chunksOf(r, v.name, { chunkBytes: CHUNK }))
        bytes += (chunk as Float32Array).byteLength;
    }
  }
  return bytes;
}

async function rawPass(paths: string[]): Promise<number> {
  const buf = new Uint8Array(CHUNK);
  let bytes = 0;
  for (const p of paths) {
    const f = await open(p, 'r');
    try {
      for (;;) {
        const { bytesRead } = await f.read(buf, 0, CHUNK, null);
        if (bytesRead === 0) break;
        bytes += bytesRead;
      }
    } finally {
      await f.close();
    }
  }
  return bytes;
}

/** Wall time and this process's CPU time (user + system): CPU time is what other load on the machine leaves alone. */
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'slimscope-diff-bench-'));
  try {
    for (const scenario of ['sparse', 'dense'] as const) await runScenario(dir, scenario);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runScenario(dir: string, scenario: Scenario): Promise<void> {
  {
    const tensors = 48;
    const perTensor = 4 * MB;
    const [pa, pb] = await writePair(dir, tensors, perTensor, scenario);
    const a = await openNodeCheckpoint(pa);
    const b = await openNodeCheckpoint(pb);
    const dataFiles = [`${pa}.data-00000-of-00001`, `${pb}.data-00000-of-00001`];
    const total = 2 * tensors * perTensor;
    const diffMs: number[] = [];
    const readMs: number[] = [];
    const rawMs: number[] = [];
    const diffCpu: number[] = [];
    const readCpu: number[] = [];
    let peakGrowth = 0;
    let changed = 0;
    for (let round = 0; round < 4; round++) {
      const raw = await timed(() => rawPass(dataFiles));
      if (raw.value !== total) throw new Error(`raw read saw ${raw.value} bytes, expected ${total}`);
      const read = await timed(() => readerPass([a, b]));
      if (read.value !== total) throw new Error('reader pass lost bytes');
      globalThis.gc?.();
      const rss0 = process.memoryUsage().rss;
      let peak = rss0;
      const diff = await timed(() =>
        compareCheckpoints(a, b, {
          chunkBytes: CHUNK,
          onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
          progressIntervalMs: 0,
        }),
      );
      changed = diff.value.totals.changed;
      if (round === 0) continue; // warm-up
      rawMs.push(raw.ms);
      readMs.push(read.ms);
      diffMs.push(diff.ms);
      readCpu.push(read.cpuMs);
      diffCpu.push(diff.cpuMs);
      peakGrowth = Math.max(peakGrowth, peak - rss0);
    }
    if (changed !== tensors / 4)
      throw new Error(`diff found ${changed} changed tensors, expected ${tensors / 4}`);
    const rate = (ms: number) => total / MB / (ms / 1000);
    const diffRate = rate(median(diffMs));
    const readRate = rate(median(readMs));
    const rawRate = rate(median(rawMs));
    console.log(
      `diff (${scenario} changes): 2 × ${tensors} tensors × ${perTensor / MB} MB (${total / MB} MB), ` +
        `${changed} changed pairs found`,
    );
    console.log(
      `  diff ${diffRate.toFixed(0)} MB/s · reader read of both ${readRate.toFixed(0)} MB/s · raw file read ${rawRate.toFixed(0)} MB/s`,
    );
    const cpuRatio = median(readCpu) / median(diffCpu);
    console.log(
      `  diff rate / plain read of both files (reader, CRC): CPU time ${cpuRatio.toFixed(2)} (target ≥ 0.5), ` +
        `wall time ${(diffRate / readRate).toFixed(2)} (noisy when other processes share the cores); ` +
        `/ raw file read (page cache, no CRC) = ${(diffRate / rawRate).toFixed(2)}`,
    );
    console.log(
      `  peak RSS growth during the diff ${(peakGrowth / MB).toFixed(1)} MB for ${total / MB} MB of files ` +
        `(bound: two largest tensors ${(2 * perTensor) / MB} MB + chunk buffers)`,
    );
  }
}
