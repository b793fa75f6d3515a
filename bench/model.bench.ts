// NASNet-A Mobile forward time per backend (Node: cpu, wasm) and its efficiency: achieved
// multiply-adds per second over the best rate one large conv2d reaches on the same backend.
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../src/inference/backend';
import { useNodeBackend } from '../src/inference/nodeBackend';
import { compileNasnet } from '../src/model/nasnet/compile';
import { NasnetRunner } from '../src/model/nasnet/forward';
import { nasnetGraph } from '../src/model/nasnet/graph';
import type { GraphDescription } from '../src/model/nasnet/graphTypes';
import type { NasnetProgram } from '../src/model/nasnet/programTypes';

/** The published cost of NASNet-A Mobile at 224×224 (Zoph et al. 2018, table 2). */
const MOBILE_MULT_ADDS = 564e6;

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
    const cin = ops.get(op.inputs[0] ?? '')?.shape.at(-1) ?? 0;
    const [h = 1, w = 1, cout = 0] = op.shape;
    const k = op.kernel ?? 1;
    if (op.kind === 'conv') total += h * w * cout * cin * k * k;
    if (op.kind === 'separable_conv') total += h * w * cin * k * k + h * w * cin * cout;
    if (op.kind === 'fc') total += cin * (op.filters ?? 0);
  }
  return total;
}

async function timeIt(fn: () => Promise<void>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Best multiply-add rate over a few large single conv2d layers. */
async function bestConvRate(runs: number): Promise<{ rate: number; shape: string }> {
  const shapes: [number, number, number, number][] = [
    [56, 128, 128, 3],
    [28, 256, 256, 3],
    [14, 512, 512, 1],
  ];
  let best = { rate: 0, shape: '' };
  for (const [size, cin, cout, k] of shapes) {
    const x = tf.randomNormal([1, size, size, cin]) as tf.Tensor4D;
    const f = tf.randomNormal([k, k, cin, cout]) as tf.Tensor4D;
    const once = async () => {
      const y = tf.conv2d(x, f, 1, 'same');
      await y.data();
      y.dispose();
    };
    await once();
    const ms = Math.min(...(await timeIt(once, runs)));
    const rate = (size * size * cin * cout * k * k) / (ms / 1000);
    if (rate > best.rate) best = { rate, shape: `${size}x${size}x${cin}→${cout}, ${k}x${k}` };
    x.dispose();
    f.dispose();
  }
  return best;
}

async function forwardMs(model: NasnetRunner, batch: number, runs: number): Promise<number> {
  const x = tf.randomUniform([batch, 224, 224, 3], -1, 1) as tf.Tensor4D;
  const once = async () => {
    const out = model.run(x);
    await out.logits.data();
    for (const t of new Set(Object.values(out.endpoints))) t.dispose();
  };
  await once();
  await once();
  const ms = median(await timeIt(once, runs)) / batch;
  x.dispose();
  return ms;
}

async function benchBackend(
  backend: BackendName,
  program: NasnetProgram,
  runs: number,
  batches: number[],
): Promise<void> {
  await useNodeBackend(backend);
  const model = new NasnetRunner(program);
  const conv = await bestConvRate(Math.max(3, Math.min(runs, 5)));
  console.log(`${backend}: best single conv2d ${(conv.rate / 1e9).toFixed(2)} G mult-add/s (${conv.shape})`);
  for (const batch of batches) {
    const forward = await forwardMs(model, batch, runs);
    const achieved = MOBILE_MULT_ADDS / (forward / 1000);
    console.log(
      `${backend.padEnd(5)} batch ${batch}: forward ${forward.toFixed(1)} ms/image (median of ${runs}, warm), ` +
        `${(achieved / 1e9).toFixed(2)} G mult-add/s, efficiency ${(achieved / conv.rate).toFixed(2)}`,
    );
  }
  model.dispose();
}

export async function run(): Promise<void> {
  const graph = nasnetGraph('nasnet-mobile', 'inference');
  const program = compileNasnet(graph, syntheticWeights(graph));
  console.log(
    `NASNet-A Mobile: ${program.steps.length} steps; ${(graphMultAdds(graph) / 1e6).toFixed(0)} M mult-adds counted in the graph (paper: 564 M)`,
  );
  await benchBackend('wasm', program, 15, [1]);
  await benchBackend('cpu', program, 3, [1]);
}
