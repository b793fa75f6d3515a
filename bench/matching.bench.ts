// Auto-match of 10,000 checkpoint × 10,000 graph variables (generated, NASNet-shaped names).
// Target: under 300 ms in Node. Prints the time and its ratio to the target, for three cases:
// exact names, a scope prefix with Keras/PyTorch leaf synonyms, and structure-only names.
import { matchVariables } from '../src/matching/matchVariables';
import type { MatchCheckpointVariable, MatchGraphVariable } from '../src/matching/types';
import { nasnetVariables } from '../src/model/nasnet/variables';

const TARGET_MS = 300;
const N = 10_000;

/** N graph variables: Mobile's normal cells repeated under fresh cell numbers. */
function generatedGraph(): MatchGraphVariable[] {
  const template = nasnetVariables('nasnet-mobile', 'inference').filter((v) => v.cell === 'cell_1');
  const out: MatchGraphVariable[] = [];
  for (let c = 0; out.length < N; c++) {
    for (const v of template) {
      if (out.length >= N) break;
      const name = v.name.replace(/^cell_1\//, `cell_${c}/`);
      out.push({
        name,
        shape: v.shape,
        kind: v.kind,
        cell: `cell_${c}`,
        op: v.op.replace(/^cell_1\//, `cell_${c}/`),
      });
    }
  }
  return out;
}

const LEAF: Record<string, string> = {
  weights: 'kernel',
  depthwise_weights: 'depthwise_kernel',
  pointwise_weights: 'pointwise_kernel',
};

function checkpointOf(graph: MatchGraphVariable[], rename: (n: string) => string): MatchCheckpointVariable[] {
  return graph.map((g) => ({ name: rename(g.name), shape: g.shape, dtype: 'float32', role: 'weight' }));
}

/** Best of three runs: wall time, and this process's CPU time (less affected by a busy machine). */
function time(label: string, ckpt: MatchCheckpointVariable[], graph: MatchGraphVariable[]): void {
  matchVariables(ckpt.slice(0, 1000), graph.slice(0, 1000)); // warm-up (JIT)
  let wall = Infinity;
  let cpu = Infinity;
  let matched = 0;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    matched = matchVariables(ckpt, graph).pairs.length;
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  const verdict = wall < TARGET_MS ? 'OK' : 'SLOW';
  console.log(
    `${label.padEnd(34)} ${ckpt.length} × ${graph.length}: ${wall.toFixed(1)} ms = ${(wall / TARGET_MS).toFixed(2)} × target (${TARGET_MS} ms) ${verdict}; cpu ${cpu.toFixed(1)} ms; matched ${matched}`,
  );
}

export async function run(): Promise<void> {
  const graph = generatedGraph();
  time(
    'exact names',
    checkpointOf(graph, (n) => n),
    graph,
  );
  time(
    'prefix + leaf synonyms',
    checkpointOf(graph, (n) => `tower_0/${n.replace(/[^/]+$/, (l) => LEAF[l] ?? l)}`),
    graph,
  );
  const structural = checkpointOf(graph, (n) =>
    n
      .replace(/^cell_(\d+)\//, 'normal_block_$1/')
      .replace(/comb_iter_(\d+)\/(left|right)\/(separable|bn_sep)_\d+x\d+_(\d)/, 'branch_$1_$2/$3_$4')
      .replace(/[^/]+$/, (l) => LEAF[l] ?? l),
  );
  time('structure (renamed cells/branches)', structural, graph);
  await Promise.resolve();
}
