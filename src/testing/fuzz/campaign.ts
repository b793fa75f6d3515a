import { DEFAULT_LIMITS, type FuzzFile, judge, type Limits } from './outcome';
import { Random } from './random';
import type { FuzzTarget } from './targets';

export interface FuzzFailure {
  iteration: number;
  target: string;
  seedIndex: number;
  steps: string[];
  reason: string;
  files: FuzzFile[];
  /** The first thing thrown, when the input threw at all (for its stack). */
  cause?: unknown;
}

export interface TargetTally {
  runs: number;
  parsed: number;
  codes: Record<string, number>;
  slowestMillis: number;
}

export interface CampaignOptions {
  seed: number;
  targets: readonly FuzzTarget[];
  /** Stop after this many inputs… */
  count?: number;
  /** …or after this many seconds, whichever comes first. */
  seconds?: number;
  /** First iteration number (to replay one input: start = its iteration, count = 1). */
  start?: number;
  onFailure?: (f: FuzzFailure) => void;
  /** Called before each input is judged (a watchdog in another thread can name a hanging input). */
  onInput?: (iteration: number, target: string, steps: string[]) => void;
  onProgress?: (done: number, failures: number) => void;
}

export interface CampaignResult {
  runs: number;
  failures: FuzzFailure[];
  tallies: Record<string, TargetTally>;
  seconds: number;
}

function pickTarget(targets: readonly FuzzTarget[], rng: Random): FuzzTarget {
  const total = targets.reduce((n, t) => n + t.weight, 0);
  let r = rng.next() * total;
  for (const t of targets) if ((r -= t.weight) < 0) return t;
  return targets[targets.length - 1]!;
}

/** Runs `count` (or `seconds` worth of) deterministic fuzz inputs; input i depends only on (seed, i). */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = performance.now();
  const start = options.start ?? 0;
  const end = start + (options.count ?? Number.MAX_SAFE_INTEGER);
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const failures: FuzzFailure[] = [];
  const tallies: Record<string, TargetTally> = {};
  let i = start;
  for (; i < end && performance.now() < deadline; i++) {
    const rng = Random.forIteration(options.seed, i);
    const target = pickTarget(options.targets, rng);
    const seedIndex = rng.int(target.seeds.length);
    const { files, steps } = await target.mutate(target.seeds[seedIndex]!, rng);
    options.onInput?.(i, target.name, steps);
    const limits: Limits = { ...DEFAULT_LIMITS, ...target.limits };
    let outcome = await judge(files, target.exercise, limits);
    // A slow input on a busy machine is timed once more before it counts as a hang.
    if (!outcome.ok && /^took \d+ ms$/.test(outcome.reason))
      outcome = await judge(files, target.exercise, limits);
    const tally = (tallies[target.name] ??= { runs: 0, parsed: 0, codes: {}, slowestMillis: 0 });
    tally.runs++;
    if (outcome.ok) {
      if (outcome.errorCodes.length === 0) tally.parsed++;
      for (const c of new Set(outcome.errorCodes)) tally.codes[c] = (tally.codes[c] ?? 0) + 1;
      tally.slowestMillis = Math.max(tally.slowestMillis, outcome.millis);
    } else {
      const failure = {
        iteration: i,
        target: target.name,
        seedIndex,
        steps,
        reason: outcome.reason,
        files,
        cause: outcome.cause,
      };
      failures.push(failure);
      options.onFailure?.(failure);
    }
    options.onProgress?.(i - start + 1, failures.length);
  }
  return { runs: i - start, failures, tallies, seconds: (performance.now() - started) / 1000 };
}
