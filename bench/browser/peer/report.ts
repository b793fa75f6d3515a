// The browser peer bench's printout: ratios per thread count and batch, what each figure
// includes, and what limits each engine (op-kind profiles, thread and batch scaling).
import { formatKinds } from '../../stepProfile';
import { PEER_TARGET, median } from '../../peerCheck';
import { PEER_LABEL, type EngineProfile, type PeerEngine } from './protocol';

/** The timed runs of one engine, thread count and batch. */
export interface Cell {
  engine: PeerEngine;
  threads: number;
  batch: number;
  perImageMs: number[];
  /** The median of each round's block of runs (paired with the other engine's block in that round). */
  roundMedians: number[];
  /** Slimscope only: the app's whole `run` request per image (activation statistics included). */
  latencyPerImageMs: number[];
}

export interface PeerReport {
  browser: string;
  rounds: number;
  /** os.loadavg() at each moment. */
  load: { before: number[]; afterTiming: number[]; afterProfiles: number[]; cpus: number };
  cells: Cell[];
  /** The CPUs' busy share (others' work) when each pair of blocks started, after waiting for `quietShare`. */
  busyAtStart: (number | null)[];
  quiet: { share: number; patienceMs: number };
  /** By `engine/threads/batch`, per image. */
  profiles: Map<string, EngineProfile>;
  threads: number[];
  batches: number[];
}

const x = (n: number) => `${n.toFixed(2)}×`;
const loadText = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');

const plural = (threads: number) => `${threads} thread${threads > 1 ? 's' : ''}`;

export function printPeerReport(r: PeerReport): void {
  const find = (engine: PeerEngine, threads: number, batch: number) =>
    r.cells.find((c) => c.engine === engine && c.threads === threads && c.batch === batch)!;
  const ms = (engine: PeerEngine, threads: number, batch: number) =>
    median(find(engine, threads, batch).perImageMs);
  const fastest = (engine: PeerEngine, threads: number, batch: number) =>
    Math.min(...find(engine, threads, batch).perImageMs);
  const samples = Math.min(...r.cells.map((c) => c.perImageMs.length));
  console.log(
    `${r.browser}, cross-origin isolated page served by the bench, each engine in its own Web Worker per thread ` +
      `count, WASM SIMD; NASNet-A Mobile, oracle weights and images (repeated to the batch); medians of ` +
      `≥ ${samples} warm runs per figure from ${r.rounds} rounds alternating engines and thread counts; load average ` +
      `${loadText(r.load.before)} before, ${loadText(r.load.afterTiming)} after timing, on ${r.load.cpus} CPUs (ratios ` +
      `measured side by side in one run)`,
  );
  const known = r.busyAtStart.filter((s): s is number => s !== null);
  const busy = known.filter((s) => s > r.quiet.share);
  console.log(
    known.length === 0
      ? '  (how busy the CPUs were could not be read here: no /proc/stat)'
      : `  each engine pair started once the CPUs were ≤ ${Math.round(100 * r.quiet.share)}% busy with other ` +
          `work, or after ${r.quiet.patienceMs / 1000} s of waiting: ${busy.length} of ${known.length} pairs started busier` +
          (busy.length ? ` (up to ${Math.round(100 * Math.max(...busy))}%)` : ''),
  );
  const busiest = Math.max(r.load.before[0]!, r.load.afterTiming[0]!, r.load.afterProfiles[0]!);
  if (busiest >= r.load.cpus)
    console.log(
      `  NOTE: other processes kept the ${r.load.cpus} CPUs busy (1-minute load up to ${busiest.toFixed(1)}): ` +
        `threads waited for cores, the 2-thread figures most. Re-run at a quieter moment before believing them; ` +
        `the fastest runs and the round-by-round spread show how much the load moved them.`,
    );
  // The verdict is the median of the rounds' ratios: each round times both engines back to back,
  // so a burst of other load moves both sides of a ratio (the ratio of medians mixes moments).
  const ratios: number[] = [];
  for (const threads of r.threads)
    for (const batch of r.batches) {
      const [peer, slim] = [ms('onnx', threads, batch), ms('slimscope', threads, batch)];
      const [peerBest, slimBest] = [fastest('onnx', threads, batch), fastest('slimscope', threads, batch)];
      const slimRounds = find('slimscope', threads, batch).roundMedians;
      const paired = find('onnx', threads, batch).roundMedians.map((p, i) => p / slimRounds[i]!);
      const ratio = median(paired);
      ratios.push(ratio);
      console.log(
        `  ${plural(threads)}, batch ${batch}: ONNX Runtime Web ${peer.toFixed(1)} ms/image, Slimscope ` +
          `${slim.toFixed(1)} ms/image (medians; fastest ${peerBest.toFixed(1)} and ${slimBest.toFixed(1)}) → ` +
          `Slimscope ${x(ratio)} ONNX Runtime Web's speed, target ≥ ${PEER_TARGET} ` +
          `${ratio >= PEER_TARGET ? 'met' : 'NOT met'} (median of ${paired.length} rounds' ratios, ` +
          `${x(Math.min(...paired))}–${x(Math.max(...paired))}; ratio of the medians ${x(peer / slim)}, ` +
          `of the fastest ${x(peerBest / slimBest)})`,
      );
    }
  const lowest = Math.min(...ratios);
  console.log(
    `  lowest ratio ${x(lowest)}: target ≥ ${PEER_TARGET} at every batch and thread count ` +
      `${lowest >= PEER_TARGET ? 'met' : 'NOT met'}`,
  );
  const withStats = median(find('slimscope', r.threads[0]!, r.batches[0]!).latencyPerImageMs);
  console.log(
    `  what each figure includes (timed inside its worker, the input already there): ONNX Runtime Web — one ` +
      `session.run (input copied into its heap, forward pass, logits copied out); Slimscope — ` +
      `BatchResult.timings.forwardMs of the app's inference engine \`run\` request as Verify sends it (forward ` +
      `pass, logits and predictions download, top-5; not the input upload before it, nor the activation ` +
      `statistics it computes between ops: the whole request is ${withStats.toFixed(1)} ms/image at ` +
      `${plural(r.threads[0]!)}, batch ${r.batches[0]}).`,
  );
  printLimits(r, ms);
}

/** Convolutions (and the classifier's matrix product) vs every other op. */
const isConv = (kind: string) => /^(conv|separable|depthwise|fc|Gemm)\b/.test(kind);

function groups(p: EngineProfile): { conv: number; other: number; outside: number } {
  const conv = p.kinds.filter(([k]) => isConv(k)).reduce((sum, [, ms]) => sum + ms, 0);
  return { conv, other: p.totalMs - conv, outside: Math.max(0, p.wholeMs - p.totalMs) };
}

function printLimits(r: PeerReport, ms: (e: PeerEngine, t: number, b: number) => number): void {
  console.log(
    `  what limits each (per image; each op its fastest of several passes; load average ` +
      `${loadText(r.load.afterProfiles)} when the profiles ended):`,
  );
  for (const threads of r.threads)
    for (const batch of r.batches) {
      const onnx = r.profiles.get(`onnx/${threads}/${batch}`);
      const slim = r.profiles.get(`slimscope/${threads}/${batch}`);
      if (!onnx || !slim) continue;
      for (const [engine, p] of [
        ['onnx', onnx],
        ['slimscope', slim],
      ] as const)
        console.log(
          `    ${plural(threads)}, batch ${batch}, ${PEER_LABEL[engine]}: ${formatKinds(p, 5, 'ops sum')} of a ` +
            `${p.wholeMs.toFixed(1)} ms run (${p.source})`,
        );
      const [o, s] = [groups(onnx), groups(slim)];
      const part = (label: string, a: number, b: number) =>
        `${label} ${a.toFixed(1)} vs ${b.toFixed(1)} ms${b > 0 ? ` (${x(a / b)})` : ''}`;
      console.log(
        `    ${plural(threads)}, batch ${batch}, ONNX Runtime Web vs Slimscope: ` +
          `${part('convolutions (depthwise, pointwise, full; fc)', o.conv, s.conv)}, ` +
          `${part('other ops (ReLU, pooling, pad/slice or concat, BN…)', o.other, s.other)}, ` +
          `${part('outside the ops', o.outside, s.outside)}`,
      );
    }
  const [one, two] = [r.threads[0]!, r.threads.at(-1)!];
  const [small, big] = [r.batches[0]!, r.batches.at(-1)!];
  const scaling = (engine: PeerEngine) =>
    r.batches.map((b) => x(ms(engine, one, b) / ms(engine, two, b))).join(' / ');
  console.log(
    `    ${two} threads vs ${one} (batch ${r.batches.join(' / ')}): ONNX Runtime Web ${scaling('onnx')}, ` +
      `Slimscope ${scaling('slimscope')} — bounded by the free cores (${r.load.cpus} CPUs, load above).`,
  );
  const batching = (engine: PeerEngine) =>
    r.threads.map((t) => x(ms(engine, t, small) / ms(engine, t, big))).join(' / ');
  console.log(
    `    batch ${big} vs ${small} per image (${r.threads.join(' / ')} threads): ONNX Runtime Web ${batching('onnx')}, ` +
      `Slimscope ${batching('slimscope')} (≈1: arithmetic-bound; above 1: per-op overhead that batching amortizes).`,
  );
}
