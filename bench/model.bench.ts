// NASNet-A Mobile forward time per backend (Node: wasm, cpu) and its efficiency: achieved
// multiply-adds per second over the best rate one large conv2d reaches on the same backend.
// The machine may be shared, so every round times the reference convs right next to the
// forward pass and the efficiency is the median of those paired rounds.
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../src/inference/backendNames';
import { useNodeBackend } from '../src/inference/nodeBackend';
import { compileNasnet } from '../src/model/nasnet/compile';
import { NasnetRunner } from '../src/model/nasnet/forward';
import { nasnetGraph } from '../src/model/nasnet/graph';
import type { GraphDescription } from '../src/model/nasnet/graphTypes';
import type { NasnetProgram } from '../src/model/nasnet/programTypes';
import { formatKinds, profileStepKinds } from './stepProfile';

/** The published cost of NASNet-A Mobile at 224×224 (Zoph et al. 2018, table 2). */
const MOBILE_MULT_ADDS = 564e6;

/** [spatial size, input channels, output channels, kernel] of the reference convs (batch 1). */
type ConvShape = [number, number, number, number];

interface BackendPlan {
  backend: BackendName;
  rounds: number;
  batches: number[];
  /** Large single convs; the best rate any of them reaches is the reference. */
  convs: ConvShape[];
  profile: boolean;
}

const PLANS: BackendPlan[] = [
  {
    backend: 'wasm',
    rounds: 11,
    batches: [1, 2, 4],
    convs: [
      [56, 128, 128, 3],
      [28, 256, 256, 3],
      [14, 512, 512, 3],
      [28, 512, 512, 1],
      [14, 1024, 1024, 1],
    ],
    profile: true,
  },
  {
    // Plain JS is ~50x slower: fewer, smaller probes keep the run short.
    backend: 'cpu',
    rounds: 2,
    batches: [1],
    convs: [
      [28, 128, 128, 3],
      [14, 256, 256, 3],
      [14, 512, 512, 1],
    ],
    profile: false,
  },
];

/** Deterministic synthetic weights: speed does not depend on the values, only on finiteness. */
function syntheticWeights(graph: GraphDescription): (name: string) => Float32Array {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5) * 0.2;
  const values = new Map<string, Float32Array>();
  for (const v of graph.variables) {
    const n = v.shape.reduce((a, b) => a * b, 1);
    const fill = v.kind === 'moving_variance' || v.kind === 'gamma' ? () => 1 : rand;
    values.set(v.name, Float32Array.from({ length: n }, fill));
  }
  return (name) => values.get(name) ?? new Float32Array(0);
}

/** Multiply-adds of the graph as built (convs, depthwise, pointwise, fc). */
function graphMultAdds(graph: GraphDescription): number {
  const ops = new Map(graph.cells.flatMap((c) => c.ops).map((o) => [o.id, o]));
  let total = 0;
  for (const op of ops.values()) {
    const source = ops.get(op.inputs[0] ?? '');
    const cin = source?.kind === 'input' ? 3 : (source?.shape.at(-1) ?? 0);
    const [h = 1, w = 1, cout = 0] = op.shape;
    const k = op.kernel ?? 1;
    if (op.kind === 'conv') total += h * w * cout * cin * k * k;
    if (op.kind === 'separable_conv') total += h * w * cin * k * k + h * w * cin * cout;
    if (op.kind === 'fc') total += cin * (op.filters ?? 0);
  }
  return total;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(fn: () => tf.Tensor): Promise<number> {
  const t0 = performance.now();
  const y = fn();
  await y.data();
  const ms = performance.now() - t0;
  y.dispose();
  return ms;
}

interface Probe {
  label: string;
  /** Milliseconds of one run (per image for the forward pass). */
  run(): Promise<number>;
  dispose(): void;
}

function convProbe([size, cin, cout, k]: ConvShape): Probe & { multAdds: number } {
  const x = tf.randomNormal([1, size, size, cin]) as tf.Tensor4D;
  const f = tf.randomNormal([k, k, cin, cout]) as tf.Tensor4D;
  return {
    label: `${size}x${size}x${cin}→${cout} ${k}x${k}`,
    multAdds: size * size * cin * cout * k * k,
    run: () => timed(() => tf.conv2d(x, f, 1, 'same')),
    dispose: () => tf.dispose([x, f]),
  };
}

function forwardProbe(model: NasnetRunner, batch: number): Probe {
  const x = tf.randomUniform([batch, 224, 224, 3], -1, 1) as tf.Tensor4D;
  const run = async () => {
    const t0 = performance.now();
    const out = model.run(x);
    await out.logits.data();
    const ms = (performance.now() - t0) / batch;
    for (const t of new Set(Object.values(out.endpoints))) t.dispose();
    return ms;
  };
  return { label: `batch ${batch}`, run, dispose: () => x.dispose() };
}

interface RoundResults {
  forwardMs: number[][];
  /** Best reference rate (mult-adds/s) of each round. */
  convRate: number[];
  bestConv: { rate: number; label: string };
}

async function pairedRounds(plan: BackendPlan, model: NasnetRunner): Promise<RoundResults> {
  const convs = plan.convs.map(convProbe);
  const forwards = plan.batches.map((b) => forwardProbe(model, b));
  for (const p of [...convs, ...forwards]) await p.run(); // warm-up: operator caches, heap growth
  const res: RoundResults = {
    forwardMs: forwards.map(() => []),
    convRate: [],
    bestConv: { rate: 0, label: '' },
  };
  for (let r = 0; r < plan.rounds; r++) {
    let roundBest = 0;
    for (const c of convs) {
      const rate = c.multAdds / ((await c.run()) / 1000);
      roundBest = Math.max(roundBest, rate);
      if (rate > res.bestConv.rate) res.bestConv = { rate, label: c.label };
    }
    res.convRate.push(roundBest);
    for (const [i, f] of forwards.entries()) res.forwardMs[i]?.push(await f.run());
  }
  for (const p of [...convs, ...forwards]) p.dispose();
  return res;
}

async function benchBackend(plan: BackendPlan, program: NasnetProgram): Promise<void> {
  const { backend } = plan;
  await useNodeBackend(backend);
  const model = new NasnetRunner(program);
  const res = await pairedRounds(plan, model);
  console.log(
    `${backend}: reference = best single conv2d, ${(res.bestConv.rate / 1e9).toFixed(2)} G mult-add/s at best ` +
      `(${res.bestConv.label}); median over rounds of the per-round best ${(median(res.convRate) / 1e9).toFixed(2)} G/s`,
  );
  const rows = plan.batches.map((batch, i) => {
    const times = res.forwardMs[i] ?? [];
    const paired = times.map((ms, r) => MOBILE_MULT_ADDS / (ms / 1000) / (res.convRate[r] ?? NaN));
    return { batch, times, ms: median(times), efficiency: median(paired) };
  });
  for (const { batch, times, ms, efficiency } of rows) {
    console.log(
      `${backend.padEnd(5)} batch ${batch}: forward ${ms.toFixed(1)} ms/image (median of ${times.length}, warm), ` +
        `${(MOBILE_MULT_ADDS / ms / 1e6).toFixed(2)} G mult-add/s, efficiency ${efficiency.toFixed(2)} ` +
        `(median of paired rounds; fastest forward vs best conv: ` +
        `${(MOBILE_MULT_ADDS / (Math.min(...times) / 1000) / res.bestConv.rate).toFixed(2)})`,
    );
  }
  const fastest = rows.reduce((a, b) => (b.ms < a.ms ? b : a));
  console.log(
    `${backend}: efficiency ${fastest.efficiency.toFixed(2)} at batch ${fastest.batch} (the fastest per image), ` +
      `${fastest.ms.toFixed(1)} ms/image`,
  );
  if (plan.profile)
    console.log(`${backend} by step kind, batch 1: ${formatKinds(profileStepKinds(model, 5), 9)}`);
  model.dispose();
}

export async function run(): Promise<void> {
  const graph = nasnetGraph('nasnet-mobile', 'inference');
  const program = compileNasnet(graph, syntheticWeights(graph));
  console.log(
    `NASNet-A Mobile: ${program.steps.length} steps; ${(graphMultAdds(graph) / 1e6).toFixed(0)} M mult-adds ` +
      `counted in the graph (paper: 564 M, used for the rates below)`,
  );
  for (const plan of PLANS) await benchBackend(plan, program);
}
