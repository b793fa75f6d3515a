// `npm run cli -- diff <A> <B> [--mapping m.json] [--json]`
// Compares two checkpoints value by value: pairs by name, then EMA copies, the mapping and the
// matcher; prints one row per pair and the totals. Exits 0 whatever differs.
import { SlimscopeError } from '../../base/errors';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { CheckpointReader } from '../../formats/checkpoint';
import { compareCheckpoints } from '../../matching/compare/compareCheckpoints';
import type { DiffResult, DiffRow } from '../../matching/compare/diffTypes';
import { explicitPairs } from '../../matching/compare/explicitPairs';
import type { ExplicitPair } from '../../matching/compare/pairTensors';
import { parseCommandArgs } from '../args';
import { readJsonFile } from '../readJsonFile';

const USAGE = 'usage: npm run cli -- diff <A> <B> [--mapping m.json] [--json]';

async function readMapping(path: string, a: CheckpointReader, b: CheckpointReader): Promise<ExplicitPair[]> {
  const json = await readJsonFile(path, 'mapping file', USAGE);
  const names = (r: CheckpointReader) => new Set(r.variables.map((v) => v.name));
  const [inA, inB] = [names(a), names(b)];
  const pairs = explicitPairs(json, inA, inB, path);
  // A pair naming a tensor that is not there is left out of the comparison: say so, and refuse a
  // mapping none of whose pairs applies (it was made for other checkpoints).
  const missing = pairs.filter((p) => !inA.has(p.a) || !inB.has(p.b));
  if (missing.length === 0) return pairs;
  const example = `e.g. ${missing[0]!.a} ↔ ${missing[0]!.b}`;
  if (missing.length === pairs.length)
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file: path,
      problem: `None of the ${pairs.length} pairs of this mapping names a tensor of A and a tensor of B (${example}).`,
      hint: 'The mapping was made for other checkpoints: match again (`npm run cli -- match`), or leave --mapping out to pair by name and the matcher.',
    });
  process.stderr.write(
    `warning [BAD_MAPPING] ${path}: ${missing.length} of ${pairs.length} pairs name a tensor missing from A or B (${example}); they are left out.\n`,
  );
  return pairs.filter((p) => inA.has(p.a) && inB.has(p.b));
}

const num = (x: number | null): string => (x === null ? '-' : x === 0 ? '0' : x.toPrecision(3));

function formatRow(r: DiffRow): string {
  const name = r.a === r.b || r.b === null ? (r.a ?? '') : r.a === null ? r.b : `${r.a} ↔ ${r.b}`;
  const stats =
    r.maxAbs === null
      ? ''
      : `  max ${num(r.maxAbs)}  mean ${num(r.meanAbs)}  relL2 ${num(r.relL2)}  cos ${num(r.cosine)}  changed ${num(r.changedFraction)}`;
  const rel = r.relation ? `  ${r.relation} (${r.relationDetail})` : '';
  const err = r.error ? `  ${r.error}` : '';
  return `${r.status.padEnd(7)} ${name}${stats}${rel}${err}`;
}

function formatText(d: DiffResult): string {
  const t = d.totals;
  const rows = d.rows.filter((r) => r.status !== 'same').map(formatRow);
  const largest = t.largest ? `, largest ${t.largest.a}: ${num(t.largest.relL2)}` : '';
  const summary =
    `${t.same} same, ${t.changed} changed, ${t.shape} shape, ${t.dtype} dtype, ` +
    `${t.onlyA} only in A, ${t.onlyB} only in B, ${t.errors} unreadable${largest}`;
  return `${rows.join('\n')}${rows.length ? '\n' : ''}${summary}\n`;
}

export async function run(args: string[]): Promise<number> {
  const p = parseCommandArgs(args, { flags: ['--json'], values: ['--mapping'] }, USAGE);
  const [pathA, pathB, ...extra] = p.positional;
  if (!pathA || !pathB || extra.length > 0) {
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file: '',
      problem: 'Give exactly two checkpoints.',
      hint: USAGE,
    });
  }
  const a = await openNodeCheckpoint(pathA);
  const b = await openNodeCheckpoint(pathB);
  const mapping = p.value('--mapping');
  const explicit = mapping ? await readMapping(mapping, a, b) : [];
  const result = await compareCheckpoints(a, b, { explicit });
  process.stdout.write(p.has('--json') ? `${JSON.stringify(result)}\n` : formatText(result));
  return 0;
}
