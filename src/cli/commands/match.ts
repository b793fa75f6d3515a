// `npm run cli -- match <prefix> [--model auto|<catalogued model>]
//   [--mode inference|training] [--classes N] [--prefer-ema] [--pairs clicks.json] --out mapping.json
//   [--assignment-map out.json] [--json]`
// Matches a checkpoint to the NASNet graph (detected by default), replays user clicks, writes the
// mapping document (its `model` records the configuration and, when detected, why).
// clicks.json is an ordered list of [checkpoint name, graph name]; each is applied exactly as a
// click in the UI: the pair is checked (a refusal is printed and the click skipped), then the
// generalization preview it produces is accepted, as a user accepting the preview would.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SlimscopeError } from '../../base/errors';
import { openNodeCheckpoint } from '../../formats/openNode';
import type { CheckpointReader } from '../../formats/checkpoint';
import {
  assignmentMap,
  assignmentMapLeftOut,
  assignmentMapNotice,
  serializeMappingDocument,
  sha256Hex,
  type CheckpointIdentity,
} from '../../formats/mapping/document';
import { toMappingDocument } from '../../matching/mappingFile';
import { buildReport, formatReport } from '../../matching/report';
import { applyClick, type MatchSession } from '../../matching/session';
import { parseCommandArgs } from '../args';
import { chooseGraph, MODEL_CHOICES, parseModelOptions, type ModelOptions } from '../modelChoice';
import { readJsonFile } from '../readJsonFile';

const USAGE = `usage: npm run cli -- match <prefix> [--model ${MODEL_CHOICES}]
  [--mode inference|training] [--classes N] [--prefer-ema] [--pairs clicks.json] --out mapping.json
  [--assignment-map out.json] [--json]
  --model auto (the default) detects model, mode and class count from the checkpoint.`;

interface MatchArgs {
  source: string;
  graph: ModelOptions;
  preferEma: boolean;
  pairs?: string;
  out: string;
  assignmentMap?: string;
  json: boolean;
}

const usageError = (problem: string): SlimscopeError =>
  new SlimscopeError({ code: 'BAD_FORMAT', file: '', problem, hint: USAGE });

function parseArgs(args: string[]): MatchArgs {
  const p = parseCommandArgs(
    args,
    {
      flags: ['--prefer-ema', '--json'],
      values: ['--model', '--mode', '--classes', '--pairs', '--out', '--assignment-map'],
    },
    USAGE,
  );
  const [source, ...extra] = p.positional;
  if (!source || extra.length > 0) throw usageError('Give exactly one checkpoint prefix.');
  const graph = parseModelOptions(
    { model: p.value('--model'), mode: p.value('--mode'), classes: p.value('--classes') },
    usageError,
  );
  const out = p.value('--out');
  if (!out) throw usageError('--out mapping.json is required.');
  const pairs = p.value('--pairs');
  const am = p.value('--assignment-map');
  return {
    source,
    graph,
    preferEma: p.has('--prefer-ema'),
    out,
    json: p.has('--json'),
    ...(pairs ? { pairs } : {}),
    ...(am ? { assignmentMap: am } : {}),
  };
}

/** Files of the checkpoint (its index and data shards, or the single weight file) and the index hash. */
async function identify(source: string, reader: CheckpointReader): Promise<CheckpointIdentity> {
  const dir = dirname(source);
  const base = basename(source.replace(/\.(index|data-\d{5}-of-\d{5})$/, ''));
  const names = (await readdir(dir)).filter(
    (n) =>
      n === base ||
      n === `${base}.index` ||
      new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.data-\\d{5}-of-\\d{5}$`).test(n),
  );
  const files = await Promise.all(
    names.sort().map(async (name) => ({ name, size: (await stat(join(dir, name))).size })),
  );
  const index = names.find((n) => n.endsWith('.index'));
  return {
    prefix: reader.prefix,
    format: reader.format,
    files,
    indexSha256: index ? await sha256Hex(new Uint8Array(await readFile(join(dir, index)))) : null,
    variableCount: reader.variables.length,
  };
}

async function readClicks(path: string): Promise<Array<[string, string]>> {
  const json = await readJsonFile(path, 'clicks file', USAGE);
  if (
    !Array.isArray(json) ||
    !json.every((c) => Array.isArray(c) && c.length === 2 && c.every((x) => typeof x === 'string'))
  ) {
    throw new SlimscopeError({
      code: 'BAD_MAPPING',
      file: path,
      problem: 'The clicks file must be a list of [checkpoint name, graph name] pairs.',
      hint: 'Example: [["stem_conv1/kernel", "conv0/weights"]]',
    });
  }
  return json as Array<[string, string]>;
}

function replay(s: MatchSession, clicks: Array<[string, string]>): MatchSession {
  let session = s;
  for (const [checkpoint, graph] of clicks) {
    const out = applyClick(session, checkpoint, graph);
    if (!out.check.ok) process.stderr.write(`click refused: ${checkpoint} → ${graph}: ${out.check.reason}\n`);
    session = out.session;
  }
  return session;
}

export async function run(args: string[]): Promise<number> {
  const a = parseArgs(args);
  const reader = await openNodeCheckpoint(a.source);
  const chosen = chooseGraph(reader.variables, a.graph, a.preferEma);
  const { config, detection } = chosen;
  let session = chosen.session;
  if (detection) process.stderr.write(`detected: ${detection.summary}\n`);
  if (a.pairs) session = replay(session, await readClicks(a.pairs));
  const doc = toMappingDocument(session, await identify(a.source, reader), {
    name: config.model,
    mode: config.mode,
    numClasses: config.numClasses,
    variableCount: session.graph.length,
    ...(detection ? { detected: detection.summary } : {}),
  });
  await writeFile(a.out, serializeMappingDocument(doc));
  if (a.assignmentMap) {
    await writeFile(a.assignmentMap, `${JSON.stringify(assignmentMap(doc), null, 2)}\n`);
    const leftOut = assignmentMapLeftOut(doc.pairs);
    if (leftOut > 0) {
      const how = `npm run cli -- export ${a.source} --mapping ${a.out} --out <new prefix>`;
      process.stderr.write(`warning: ${assignmentMapNotice(leftOut, doc.pairs.length, how)}\n`);
    }
  }
  const report = buildReport(session);
  if (a.json) {
    const { matched, missing, unused } = report;
    const model = { name: config.model, mode: config.mode, numClasses: config.numClasses };
    const detected = detection
      ? {
          fit: detection.fit,
          summary: detection.summary,
          covered: detection.best.matched,
          total: detection.best.graphTotal,
        }
      : null;
    process.stdout.write(
      `${JSON.stringify({ matched, missing: missing.length, unused: unused.length, out: a.out, model, detected })}\n`,
    );
  } else {
    process.stdout.write(
      `matched ${report.matched}\nmissing ${report.missing.length}\nunused ${report.unused.length}\n`,
    );
    process.stdout.write(`${formatReport(report)}\nwrote ${a.out}\n`);
  }
  return 0;
}
