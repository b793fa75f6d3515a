import { batchNormVariables } from './batchNormFold';
import { Compiler, type CompileOptions } from './compile';
import type { GraphDescription, GraphOp } from './graphTypes';
import type { NasnetProgram, Step, WeightArray } from './programTypes';
import { missingWeightError } from './weightLookup';

const NO_VALUES = new Float32Array(0);
const hollow = (w: WeightArray): WeightArray => ({ values: NO_VALUES, shape: w.shape });

/**
 * The step without its weight values (shapes kept): what the program keeps once the values went
 * to a backend. Running such a step needs the weights uploaded from the full one.
 */
export function withoutValues(step: Step): Step {
  switch (step.kind) {
    case 'conv':
      return { ...step, weights: hollow(step.weights), bias: step.bias && NO_VALUES };
    case 'separable':
      return {
        ...step,
        depthwise: hollow(step.depthwise),
        pointwise: hollow(step.pointwise),
        bias: step.bias && NO_VALUES,
      };
    case 'affine':
      return { ...step, scale: NO_VALUES, offset: NO_VALUES };
    case 'fc':
      return { ...step, weights: hollow(step.weights), bias: NO_VALUES };
    default:
      return step;
  }
}

type Plan = { op: GraphOp; weights: string[] }[];

const convLike = (op: GraphOp): boolean => op.kind === 'conv' || op.kind === 'separable_conv';

/**
 * The ops in compile order, each with the weights compiling it reads: its own variables and those
 * of a batch norm folded into it (a folded batch norm itself reads none). From the graph alone.
 */
function planOf(compiler: Compiler): Plan {
  const ops = [...compiler.opsInOrder()].filter((op) => op.kind !== 'input');
  const foldedInto = new Map(ops.filter(convLike).map((op) => [op.id, compiler.bnFor(op)?.bn]));
  const folded = new Set([...foldedInto.values()].map((bn) => bn?.id));
  return ops.map((op) => {
    const bn = foldedInto.get(op.id);
    if (convLike(op)) return { op, weights: [...op.variables, ...(bn ? batchNormVariables(bn.id) : [])] };
    if (op.kind === 'batch_norm') return { op, weights: folded.has(op.id) ? [] : batchNormVariables(op.id) };
    return { op, weights: op.kind === 'fc' ? [...op.variables] : [] };
  });
}

/**
 * Compiles a graph while its weights arrive one by one (in graph order, as the checkpoint worker
 * reads them): each op is compiled as soon as the weights it reads are in, and every weight is let
 * go once the last op reading it is compiled. `add` hands back the steps it completed, with their
 * weights, for the caller to upload; the program keeps them without values, so nothing here holds
 * more than the weights of the ops still waiting (a conv waits for its batch norm's). The arrays
 * added are taken over: batch norms are folded into the kernels' own arrays.
 */
export class StreamingCompile {
  private readonly compiler: Compiler;
  private readonly plan: Plan;
  private readonly available = new Map<string, Float32Array>();
  /** How many ops still to compile read each weight. */
  private readonly readers = new Map<string, number>();
  private next = 0;

  constructor(
    graph: GraphDescription,
    private readonly file: string,
    options: CompileOptions = {},
  ) {
    // The weights are this compile's own and each kernel is read by one op: fold in place.
    this.compiler = new Compiler(graph, (name) => this.weight(name), { ...options, foldInPlace: true });
    this.plan = planOf(this.compiler);
    for (const { weights } of this.plan) {
      for (const w of weights) this.readers.set(w, (this.readers.get(w) ?? 0) + 1);
    }
  }

  private weight(name: string): Float32Array {
    const v = this.available.get(name);
    if (!v) throw missingWeightError(name, this.file);
    return v;
  }

  /** Adds one weight; answers the steps now complete (weights included), in program order. */
  add(name: string, values: Float32Array): Step[] {
    if (!this.readers.has(name)) return [];
    this.available.set(name, values);
    const first = this.compiler.steps.length;
    while (this.next < this.plan.length) {
      const { op, weights } = this.plan[this.next]!;
      if (!weights.every((w) => this.available.has(w))) break;
      this.compiler.compile(op);
      this.next++;
      for (const w of weights) {
        const left = (this.readers.get(w) ?? 1) - 1;
        this.readers.set(w, left);
        if (left === 0) this.available.delete(w);
      }
    }
    const done = this.compiler.steps.slice(first);
    for (let i = first; i < this.compiler.steps.length; i++) {
      this.compiler.steps[i] = withoutValues(this.compiler.steps[i]!);
    }
    return done;
  }

  /** Whether the weight is still held (an op that reads it is still to be compiled). */
  holds(name: string): boolean {
    return this.available.has(name);
  }

  /** Bytes of the weights added and still held (waiting for an op, or read by one still to come). */
  get heldBytes(): number {
    let n = 0;
    for (const v of this.available.values()) n += v.byteLength;
    return n;
  }

  /** The program (steps without values) once every weight was added. */
  finish(): NasnetProgram {
    const waiting = this.plan[this.next];
    if (waiting) {
      const absent = waiting.weights.find((w) => !this.available.has(w)) ?? waiting.op.id;
      throw missingWeightError(absent, this.file);
    }
    return this.compiler.program();
  }
}
