// Re-keyed export throughput in Node: an identity mapping (every tensor copied under its own name)
// against a plain chunked copy of the same data file, measured in one run on a generated
// checkpoint in os.tmpdir (deleted afterwards). Target: ratio ≥ 0.8. Also reports the materialized
// path (every tensor read, CRC-checked, re-encoded) for comparison.
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32c, maskCrc } from '../src/formats/bytes/crc32c';
import { nodeByteSource } from '../src/formats/bytes/nodeByteSource';
import { openNodeCheckpoint } from '../src/formats/openNode';
import type { ExportEntry } from '../src/formats/export/exportPlan';
import { exportRekeyed } from '../src/formats/export/exportStream';
import { writeExportFiles } from '../src/formats/export/nodeExportFiles';
import { BundleWriter } from '../src/formats/tensorflow/bundleWriter';

const TENSORS = 128;
const FLOATS_PER_TENSOR = 512 * 1024; // 2 MiB each, 256 MiB in all
const CHUNK = 8 << 20;
const ROUNDS = 5;

/** Writes a checkpoint one tensor at a time (never the whole data file in memory). */
async function generate(prefix: string): Promise<number> {
  const writer = new BundleWriter();
  const data = await open(`${prefix}.data-00000-of-00001`, 'w');
  const source = await nodeByteSource(`${prefix}.data-00000-of-00001`); // stand-in, never read
  const values = new Float32Array(FLOATS_PER_TENSOR);
  for (let t = 0; t < TENSORS; t++) {
    for (let i = 0; i < values.length; i++) values[i] = Math.sin(t * 7919 + i);
    const bytes = new Uint8Array(values.buffer);
    await data.write(bytes);
    const name = `cell_${String(t).padStart(3, '0')}/conv/weights`;
    writer.addRaw(
      name,
      'float32',
      [FLOATS_PER_TENSOR],
      { source, offset: 0, length: bytes.length },
      maskCrc(crc32c(bytes)),
    );
  }
  await data.close();
  const index = await open(`${prefix}.index`, 'w');
  await index.write(writer.finish().index);
  await index.close();
  return (await stat(`${prefix}.data-00000-of-00001`)).size;
}

async function plainCopy(from: string, to: string): Promise<void> {
  const src = await open(from, 'r');
  const dst = await open(to, 'w');
  const size = (await src.stat()).size;
  for (let at = 0; at < size; at += CHUNK) {
    const buf = new Uint8Array(Math.min(CHUNK, size - at));
    await src.read(buf, 0, buf.length, at);
    await dst.write(buf);
  }
  await Promise.all([src.close(), dst.close()]);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'slimscope-export-bench-'));
  try {
    const prefix = join(dir, 'model.ckpt');
    const bytes = await generate(prefix);
    const identity = async (materialize: boolean, out: string): Promise<void> => {
      const reader = await openNodeCheckpoint(prefix);
      const entries: ExportEntry[] = reader.variables.map((v) => ({
        graphName: v.name,
        source: materialize
          ? { kind: 'tensor', checkpointName: v.name, tensor: () => reader.readTensor(v.name) }
          : { kind: 'copy', checkpointName: v.name },
      }));
      await writeExportFiles(exportRekeyed({ reader, entries }), out);
    };
    const copies: number[] = [];
    const exports: number[] = [];
    // Every round writes new files (removed untimed), so neither side pays for replacing old ones.
    const copy = (r: number) =>
      timed(() => plainCopy(`${prefix}.data-00000-of-00001`, join(dir, `plain-${r}.data`)));
    const exportRound = (r: number) => timed(() => identity(false, join(dir, `out-${r}`)));
    // Paired rounds in alternating order, so drifting machine load hits both sides alike.
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        copies.push(await copy(r));
        exports.push(await exportRound(r));
      } else {
        exports.push(await exportRound(r));
        copies.push(await copy(r));
      }
      for (const f of [`plain-${r}.data`, `out-${r}.index`, `out-${r}.data-00000-of-00001`])
        await rm(join(dir, f));
    }
    const materialized = await timed(() => identity(true, join(dir, 'materialized')));
    const mb = bytes / 2 ** 20;
    const rate = (s: number): string => `${(mb / s).toFixed(0)} MB/s`;
    console.log(`checkpoint: ${TENSORS} tensors, ${mb.toFixed(0)} MB (median of ${ROUNDS} rounds)`);
    console.log(`plain copy of the data file:        ${rate(median(copies))}`);
    console.log(`export, identity mapping (copies):  ${rate(median(exports))}`);
    console.log(`export, every tensor re-encoded:    ${rate(materialized)}`);
    const ratio = median(copies.map((c, i) => c / (exports[i] as number)));
    console.log(
      `ratio identity export / plain copy: ${ratio.toFixed(2)} (target ≥ 0.8) ${ratio >= 0.8 ? 'OK' : 'BELOW TARGET'}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
