// `npm run cli -- export <prefix> [--mapping mapping.json] --out <new prefix> [--keep-unmapped] [--npz out.npz]`
// Writes a TF V2 checkpoint keyed by the graph's names (transforms applied); without --mapping it
// re-writes the checkpoint unchanged. --npz also (or instead) writes the mapped weights as one .npz.
import { open as openFile, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SlimscopeError } from '../../base/errors';
import type { Progress } from '../../base/progress';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { CheckpointReader } from '../../formats/checkpoint';
import { planRekeyedExport, type ExportEntry } from '../../formats/export/exportPlan';
import { exportRekeyed } from '../../formats/export/exportStream';
import { writeExportFiles } from '../../formats/export/nodeExportFiles';
import { exportNpzChunks } from '../../formats/export/npzExport';
import { assignmentsFromMapping } from '../../inference/mappingAssignments';
import { parseCommandArgs } from '../args';
import { readJsonFile } from '../readJsonFile';

const USAGE = `usage: npm run cli -- export <prefix | file.npz | file.safetensors | file.h5>
  [--mapping mapping.json] --out <new prefix> [--keep-unmapped] [--npz mapped.npz [--compress]] [--json]`;

interface ExportArgs {
  source: string;
  mapping?: string;
  out?: string;
  npz?: string;
  keepUnmapped: boolean;
  compress: boolean;
  json: boolean;
}

const usageError = (problem: string): SlimscopeError =>
  new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE });

function parseArgs(args: string[]): ExportArgs {
  const p = parseCommandArgs(
    args,
    { flags: ['--keep-unmapped', '--compress', '--json'], values: ['--mapping', '--out', '--npz'] },
    USAGE,
  );
  const [source, ...extra] = p.positional;
  if (!source || extra.length > 0) throw usageError('Give exactly one checkpoint prefix or weight file.');
  const a: ExportArgs = {
    source,
    keepUnmapped: p.has('--keep-unmapped'),
    compress: p.has('--compress'),
    json: p.has('--json'),
  };
  for (const [flag, key] of [
    ['--mapping', 'mapping'],
    ['--out', 'out'],
    ['--npz', 'npz'],
  ] as const) {
    const v = p.value(flag);
    if (v !== undefined) a[key] = v;
  }
  if (!a.out && !a.npz) throw usageError('--out (or --npz) is required.');
  return a;
}

async function entriesFor(reader: CheckpointReader, mappingPath: string | undefined): Promise<ExportEntry[]> {
  if (!mappingPath) {
    return reader.variables.map((v) => ({
      graphName: v.name,
      source: { kind: 'copy', checkpointName: v.name },
    }));
  }
  const json = await readJsonFile(
    mappingPath,
    'mapping file',
    'Pass the mapping JSON written by `match` or the app.',
  );
  return assignmentsFromMapping(json, mappingPath).map((a): ExportEntry => {
    const transform = a.transform;
    if (!transform) return { graphName: a.graph, source: { kind: 'copy', checkpointName: a.checkpoint } };
    const tensor = async () => transform(await reader.readTensor(a.checkpoint));
    return { graphName: a.graph, source: { kind: 'tensor', checkpointName: a.checkpoint, tensor } };
  });
}

async function writeNpz(path: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const tmp = `${path}.partial-${process.pid}`;
  const file = await openFile(tmp, 'w');
  try {
    for await (const c of chunks) await file.write(c);
    await file.close();
    await rename(tmp, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Percent done on stderr when it is a terminal (long exports), nothing otherwise. */
function progressLine(): ((p: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let shown = -1;
  return (p) => {
    const percent = Math.floor((100 * p.done) / Math.max(p.total, 1));
    if (percent === shown) return;
    shown = percent;
    const rate = p.bytesPerSecond ? ` ${(p.bytesPerSecond / 2 ** 20).toFixed(0)} MB/s` : '';
    process.stderr.write(`\rexport ${percent}%${rate}${percent === 100 ? '\n' : ''}`);
  };
}

const listedNames = (names: string[]): string =>
  names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');

function samePrefix(a: string, b: string): boolean {
  return resolve(a.replace(/\.(index|data-\d{5}-of-\d{5})$/, '')) === resolve(b);
}

export async function run(args: string[]): Promise<number> {
  const a = parseArgs(args);
  if (a.out && samePrefix(a.source, a.out)) {
    throw usageError(
      '--out names the checkpoint being read; choose a new prefix so the original stays intact.',
    );
  }
  const reader = await openNodeCheckpoint(a.source);
  const entries = await entriesFor(reader, a.mapping);
  const request = { reader, entries, keepUnmapped: a.keepUnmapped };
  const summary: Record<string, unknown> = { source: reader.prefix, format: reader.format };
  const { notTensors } = planRekeyedExport(request);
  if (notTensors.length) {
    summary.notTensors = notTensors;
    process.stderr.write(
      `export: left out ${notTensors.length} metadata entr${notTensors.length === 1 ? 'y' : 'ies'} ` +
        `(${listedNames(notTensors)}): they are not tensors (epoch, arch, settings, unread objects), ` +
        'so a TF checkpoint has no place for them.\n',
    );
  }
  if (a.out) {
    const exp = exportRekeyed(request, { onProgress: progressLine() });
    const files = await writeExportFiles(exp, a.out);
    const copied = exp.plan.tensors.filter((t) => t.copy).length;
    Object.assign(summary, {
      index: files.indexPath,
      data: files.dataPath,
      bytes: files.dataBytes,
      tensors: exp.plan.tensors.length,
      copied,
      materialized: exp.plan.tensors.length - copied,
      skipped: exp.plan.skipped,
    });
  }
  if (a.npz) {
    await writeNpz(a.npz, exportNpzChunks(request, { compress: a.compress }));
    summary.npz = a.npz;
  }
  if (a.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const lines = Object.entries(summary).map(
      ([k, v]) => `${k.padEnd(13)} ${Array.isArray(v) ? v.join(', ') || '-' : String(v)}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}
