/**
 * Which known graph a checkpoint holds: every configuration of the model catalogue — model, mode,
 * number of classes — is matched against the checkpoint and scored by how much of its graph the
 * checkpoint covers. The class count follows the checkpoint's logits layer (any width: 1001, 1000,
 * 10, …) so a 1000-class port builds a 1000-class graph instead of padding a background row.
 */
import {
  GRAPH_MODES,
  MODEL_CATALOGUE,
  describeConfig,
  graphOf,
  logitsWeight,
  type ModelEntry,
  type GraphConfig,
  type GraphMode,
} from '../model/catalogue';
import { partitionCheckpoint } from './leftovers';
import { createSession, type MatchSession } from './session';
import type { MatchCheckpointVariable, MatchOptions } from './types';

/** `complete`: every graph variable has weights; `partial`: at least half; `none`: less. */
export type FitLevel = 'complete' | 'partial' | 'none';

export interface ConfigScore {
  config: GraphConfig;
  /** Graph variables matched (for an `estimated` score: at most this many, by shapes alone). */
  matched: number;
  graphTotal: number;
  /** Checkpoint weights no pair of this configuration uses (0 when estimated). */
  unused: number;
  /** Not matched: its shapes alone show it cannot beat the best. */
  estimated?: true;
}

export interface Detection {
  best: ConfigScore;
  fit: FitLevel;
  /** Every configuration: the matched ones best first, then the ones only estimated. */
  ranked: ConfigScore[];
  /** The checkpoint tensor the class count was read from, with its shape. */
  classesFrom: { name: string; shape: number[] } | null;
  /** One sentence: what was detected and why (or that nothing fits well). */
  summary: string;
}

export interface DetectOptions extends MatchOptions {
  /** The mode kept when two modes cover the checkpoint equally (the user's current choice). */
  preferMode?: GraphMode;
  /** Only these models (default: the whole catalogue). */
  models?: readonly ModelEntry[];
  /** Only these modes (default: both). */
  modes?: readonly GraphMode[];
  /** Only this class count (default: what the checkpoint's logits layer says). */
  numClasses?: number;
}

const MAX_CLASS_CANDIDATES = 3;

/**
 * Class counts the checkpoint suggests for a model: the other axis of every 2-D weight whose one
 * axis is the width feeding the model's logits layer (TF [in, classes], PyTorch [classes, in]),
 * most frequent first. None found: the model's own default.
 */
export function classCandidates(weights: readonly MatchCheckpointVariable[], model: ModelEntry): number[] {
  const logits = logitsWeight(model.graph('inference', model.numClasses));
  const width = logits?.shape[0];
  const counts = new Map<number, number>();
  for (const w of weights) {
    if (w.shape.length !== 2 || width === undefined) continue;
    const [a, b] = w.shape as [number, number];
    const other = a === width ? b : b === width ? a : undefined;
    if (other !== undefined && other > 0) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const found = [...counts].sort((x, y) => y[1] - x[1]).map(([n]) => n);
  return found.length ? found.slice(0, MAX_CLASS_CANDIDATES) : [model.numClasses];
}

/** Shape key that ignores layout (TF HWIO vs PyTorch OIHW, transposed FC): the sorted dims. */
const shapeKey = (shape: readonly number[]): string => [...shape].sort((a, b) => a - b).join(',');

function shapeCounts(shapes: Iterable<readonly number[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of shapes) {
    const k = shapeKey(s);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/**
 * Graph variables the checkpoint could cover at best: per shape, no more than it has tensors of
 * that shape. No match can pair more, so it bounds the matcher's coverage from above.
 */
function shapeBound(
  graphShapes: Iterable<readonly number[]>,
  available: ReadonlyMap<string, number>,
): number {
  let bound = 0;
  for (const [k, n] of shapeCounts(graphShapes)) bound += Math.min(n, available.get(k) ?? 0);
  return bound;
}

const coverage = (s: ConfigScore): number => (s.graphTotal ? s.matched / s.graphTotal : 0);

function fitOf(s: ConfigScore): FitLevel {
  const c = coverage(s);
  return c === 1 ? 'complete' : c >= 0.5 ? 'partial' : 'none';
}

interface Tried {
  score: ConfigScore;
  session: MatchSession;
  order: number;
}

/** Best first: coverage, then the preferred mode, then fewer unused checkpoint weights, then catalogue order. */
function rank(a: Tried, b: Tried, preferMode: GraphMode): number {
  const dc = coverage(b.score) - coverage(a.score);
  if (dc !== 0) return dc;
  const pa = a.score.config.mode === preferMode ? 0 : 1;
  const pb = b.score.config.mode === preferMode ? 0 : 1;
  if (pa !== pb) return pa - pb;
  if (a.score.unused !== b.score.unused) return a.score.unused - b.score.unused;
  return a.order - b.order;
}

function unusedCount(session: MatchSession, weightNames: readonly string[]): number {
  const used = new Set<string>();
  for (const p of session.pairs.values()) {
    used.add(p.checkpoint);
    used.add(session.index.rawOf.get(p.checkpoint) ?? p.checkpoint);
  }
  return weightNames.filter((n) => !used.has(n)).length;
}

function summarize(best: ConfigScore, fit: FitLevel, from: Detection['classesFrom']): string {
  const what = describeConfig(best.config);
  const covers = `covers ${best.matched}/${best.graphTotal} variables`;
  const classes = from
    ? `; ${best.config.numClasses} classes from ${from.name} [${from.shape.join(',')}]`
    : '';
  if (fit === 'complete') return `${what}: ${covers}${classes}.`;
  if (fit === 'partial') return `Best fit ${what}: ${covers}${classes}; match the rest by hand.`;
  return `No known model fits this checkpoint well: the best, ${what}, ${covers}.`;
}

/**
 * Scores every catalogue configuration; also returns the best one's matching session. Candidates
 * are matched in order of their shape bound, and one whose bound cannot beat the best matched so
 * far is only estimated (so a clear checkpoint costs one or two matcher runs, not a dozen).
 */
export function detectModel(
  checkpoint: readonly MatchCheckpointVariable[],
  options: DetectOptions = {},
): { detection: Detection; session: MatchSession } {
  const weights = partitionCheckpoint(checkpoint).weights.map((w) => w.v);
  const weightNames = weights.map((w) => w.name);
  const available = shapeCounts(weights.map((w) => w.shape));
  const preferMode = options.preferMode ?? 'inference';
  const candidates: { config: GraphConfig; bound: number; total: number; order: number }[] = [];
  for (const model of options.models ?? MODEL_CATALOGUE) {
    const classes = options.numClasses ? [options.numClasses] : classCandidates(weights, model);
    for (const numClasses of classes) {
      for (const mode of options.modes ?? GRAPH_MODES) {
        const config: GraphConfig = { model: model.name, mode, numClasses };
        const graph = graphOf(config).variables;
        const bound = shapeBound(
          graph.map((g) => g.shape),
          available,
        );
        candidates.push({ config, bound, total: graph.length, order: candidates.length });
      }
    }
  }
  const boundOf = (c: (typeof candidates)[number]): number => (c.total ? c.bound / c.total : 0);
  candidates.sort(
    (a, b) =>
      boundOf(b) - boundOf(a) ||
      (a.config.mode === preferMode ? 0 : 1) - (b.config.mode === preferMode ? 0 : 1) ||
      a.order - b.order,
  );
  const tried: Tried[] = [];
  const estimated: ConfigScore[] = [];
  for (const c of candidates) {
    const best = tried[0];
    const bestCoverage = best ? coverage(best.score) : -1;
    const canWin =
      boundOf(c) > bestCoverage ||
      (boundOf(c) === bestCoverage && c.config.mode === preferMode && best?.score.config.mode !== preferMode);
    if (!canWin) {
      estimated.push({ config: c.config, matched: c.bound, graphTotal: c.total, unused: 0, estimated: true });
      continue;
    }
    const graph = graphOf(c.config).variables;
    const session = createSession(checkpoint, graph, { preferEma: options.preferEma ?? false });
    const score = { config: c.config, matched: session.pairs.size, graphTotal: graph.length, unused: 0 };
    score.unused = unusedCount(session, weightNames);
    tried.push({ score, session, order: c.order });
    tried.sort((a, b) => rank(a, b, preferMode));
  }
  const top = tried[0];
  if (!top) throw new Error('detectModel: the model catalogue is empty');
  const fit = fitOf(top.score);
  const logits = logitsWeight(graphOf(top.score.config));
  const logitsPair = logits ? top.session.pairs.get(logits.name) : undefined;
  const stored = logitsPair ? top.session.index.checkpointByName.get(logitsPair.checkpoint) : undefined;
  const classesFrom = stored ? { name: stored.name, shape: [...stored.shape] } : null;
  return {
    detection: {
      best: top.score,
      fit,
      ranked: [...tried.map((t) => t.score), ...estimated],
      classesFrom,
      summary: summarize(top.score, fit, classesFrom),
    },
    session: top.session,
  };
}
