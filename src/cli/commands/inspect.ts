// `npm run cli -- inspect <prefix | folder | files…> [--json] [--prefix P]
//                          [--npy NAME --out t.npy] [--time [N]]`
import { writeFile } from 'node:fs/promises';
import { SlimscopeError } from '../../base/errors';
import { openNodeCheckpoint, resolveNodeSource } from '../../formats/openNode';
import type { CheckpointReader, CheckpointVariable } from '../../formats/checkpoint';
import { encodeNpy } from '../../formats/numpy/npy';
import type { OpenOptions } from '../../formats/open';
import { readBundleIndex } from '../../formats/tensorflow/bundleIndex';
import { V1Reader } from '../../formats/tensorflow/v1Reader';

const USAGE = `usage: inspect <prefix | folder | files…> [--json] [--prefix P]
       inspect <prefix> --npy NAME --out t.npy   write one tensor as NumPy .npy
       inspect <prefix> --time [N]               median ms of N index parses / listings (default 20)
Strings in .npy are fixed-width NUL-padded bytes (|S<n>, n = longest element).`;

interface InspectArgs {
  paths: string[];
  json: boolean;
  prefix?: string;
  npy?: string;
  out?: string;
  time?: number;
}

function usageError(problem: string): SlimscopeError {
  return new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE });
}

export function parseInspectArgs(args: string[]): InspectArgs {
  const parsed: InspectArgs = { paths: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw usageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--json') parsed.json = true;
    else if (a === '--prefix') parsed.prefix = value();
    else if (a === '--npy') parsed.npy = value();
    else if (a === '--out') parsed.out = value();
    else if (a === '--time') {
      const next = args[i + 1];
      parsed.time = next !== undefined && /^\d+$/.test(next) ? Number(args[++i]) : 20;
    } else if (a.startsWith('--')) throw usageError(`Unknown option ${a}.`);
    else parsed.paths.push(a);
  }
  if (parsed.paths.length === 0) throw usageError('Give a checkpoint prefix, folder or files.');
  if (parsed.npy !== undefined && parsed.out === undefined) throw usageError('--npy needs --out FILE.');
  return parsed;
}

const target = (a: InspectArgs) => (a.paths.length === 1 ? a.paths[0]! : a.paths);
const openOptions = (a: InspectArgs): OpenOptions => (a.prefix === undefined ? {} : { prefix: a.prefix });

export function variableJson(v: CheckpointVariable): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: v.name,
    dtype: v.dtype,
    shape: v.shape,
    bytes: v.bytes,
    shard: v.shard,
    offset: v.offset,
    role: v.role,
  };
  if (v.fullName !== undefined) out.fullName = v.fullName;
  if (v.value !== undefined) out.value = v.value;
  if (v.layerClass !== undefined) out.layerClass = v.layerClass;
  if (v.quantization !== undefined) out.quantization = v.quantization;
  return out;
}

function quantizationText(q: NonNullable<CheckpointVariable['quantization']>): string {
  return q.scale === undefined ? `stored ${q.dtype}` : `stored ${q.dtype}, scale ${q.scale}, min ${q.min}`;
}

function printTable(r: CheckpointReader): void {
  const rows = r.variables.map((v) => [
    v.name +
      (v.fullName && v.fullName !== v.name ? `  (${v.fullName})` : '') +
      (v.value !== undefined ? ` = ${v.value}` : '') +
      (v.layerClass ? `  [${v.layerClass}]` : '') +
      (v.quantization ? `  {${quantizationText(v.quantization)}}` : ''),
    v.dtype,
    `[${v.shape.join(',')}]`,
    String(v.bytes),
    String(v.shard),
    String(v.offset),
    v.role,
  ]);
  const head = ['name', 'dtype', 'shape', 'bytes', 'shard', 'offset', 'role'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${r.format} ${r.prefix} — ${r.variables.length} variables\n${line(head)}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}

async function writeNpy(r: CheckpointReader, name: string, out: string, json: boolean): Promise<void> {
  const t = await r.readTensor(name);
  await writeFile(out, encodeNpy(t));
  const note = { wrote: out, name, dtype: t.dtype, shape: t.shape };
  process.stdout.write(
    json ? `${JSON.stringify(note)}\n` : `wrote ${out}: ${name} ${t.dtype} [${t.shape}]\n`,
  );
}

async function timeIndexParse(a: InspectArgs, runs: number): Promise<void> {
  const source = await resolveNodeSource(target(a), openOptions(a));
  const c = source.tf;
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < Math.max(1, runs); i++) {
    const t0 = performance.now();
    if (c?.format === 'tf-v2') entries = (await readBundleIndex(c.files[0]!)).size;
    else if (c) entries = (await V1Reader.open(c.prefix, c.files)).variables.length;
    // Other formats: the listing is the open itself (header, table of contents or pickle).
    else entries = (await source.open()).variables.length;
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  const result = { medianMs: Number(median.toFixed(3)), runs: times.length, entries };
  process.stdout.write(
    a.json
      ? `${JSON.stringify(result)}\n`
      : `index parse: median ${result.medianMs} ms over ${result.runs} runs (${entries} entries)\n`,
  );
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const a = parseInspectArgs(args);
  if (a.time !== undefined) {
    await timeIndexParse(a, a.time);
    return 0;
  }
  const r = await openNodeCheckpoint(target(a), openOptions(a));
  for (const w of r.warnings) process.stderr.write(`warning [${w.code}] ${w.message}\n`);
  if (a.npy !== undefined) await writeNpy(r, a.npy, a.out!, a.json);
  else if (a.json)
    process.stdout.write(
      `${JSON.stringify({ format: r.format, variables: r.variables.map(variableJson) })}\n`,
    );
  else printTable(r);
  return 0;
}
