import { SlimscopeError } from '../../base/errors';
import { batchNormAffine, foldIntoKernel, type ChannelAffine } from './batchNormFold';
import type { GraphDescription, GraphOp } from './graphTypes';
export { weightLookup } from './weightLookup';
import {
  PROGRAM_INPUT,
  type Activation,
  type NasnetProgram,
  type Step,
  type WeightArray,
} from './programTypes';

export interface CompileOptions {
  /** Fold every batch norm into the conv before it (default true; off = explicit affine steps). */
  foldBatchNorm?: boolean;
  /** Scale conv kernels in their own arrays instead of new ones (no one may read them afterwards). */
  foldInPlace?: boolean;
}

/**
 * Turns the graph description plus weights into an executable inference plan. Cheap wins done
 * here: batch norm folded into conv kernels (also across factorized reduction's concat), relu
 * fused into the conv it follows, repeated relus of one hidden state computed once, identities and
 * 1x1 stride-s average pools (a strided subsample) merged into the following 1x1 conv.
 */
export class Compiler {
  private readonly ops = new Map<string, GraphOp>();
  private readonly consumers = new Map<string, GraphOp[]>();
  private readonly alias = new Map<string, string>();
  private readonly absorbed = new Set<string>();
  /** Weightless steps already emitted, by what they compute (relu, pools): computed once. */
  private readonly emitted = new Map<string, string>();
  private readonly shapes: Map<string, number[]>;
  readonly steps: Step[] = [];
  private readonly fold: boolean;
  private readonly inPlace: boolean;

  constructor(
    private readonly graph: GraphDescription,
    private readonly weight: (name: string) => Float32Array,
    options: CompileOptions = {},
  ) {
    this.fold = options.foldBatchNorm ?? true;
    this.inPlace = options.foldInPlace ?? false;
    this.shapes = new Map(graph.variables.map((v) => [v.name, v.shape]));
    for (const cell of graph.cells) for (const op of cell.ops) this.ops.set(op.id, op);
    for (const op of this.ops.values()) {
      for (const input of op.inputs) this.consumers.set(input, [...(this.consumers.get(input) ?? []), op]);
    }
  }

  resolve = (id: string): string => {
    if (id === this.graph.inputOp) return PROGRAM_INPUT;
    return this.alias.get(id) ?? id;
  };

  private usersOf(id: string): GraphOp[] {
    return this.consumers.get(id) ?? [];
  }

  private onlyUser(id: string): GraphOp | undefined {
    const users = this.usersOf(id);
    return users.length === 1 ? users[0] : undefined;
  }

  /** A concat whose only user is a batch norm and whose inputs are convs used only by it. */
  private foldableConcat(concat: GraphOp): GraphOp | undefined {
    const bn = this.onlyUser(concat.id);
    if (!this.fold || bn?.kind !== 'batch_norm') return undefined;
    const allConvs = concat.inputs.every(
      (id) => this.ops.get(id)?.kind === 'conv' && this.onlyUser(id) === concat,
    );
    return allConvs ? bn : undefined;
  }

  /** The batch norm to fold into a conv, and where its channels start (from the graph alone). */
  bnFor(op: GraphOp): { bn: GraphOp; start: number; direct: boolean } | undefined {
    const user = this.onlyUser(op.id);
    if (!this.fold || !user) return undefined;
    if (user.kind === 'batch_norm') return { bn: user, start: 0, direct: true };
    if (user.kind !== 'concat') return undefined;
    const bn = this.foldableConcat(user);
    if (!bn) return undefined;
    let start = 0;
    for (const id of user.inputs) {
      if (id === op.id) break;
      start += this.ops.get(id)?.filters ?? 0;
    }
    return { bn, start, direct: false };
  }

  private affine(bn: GraphOp): ChannelAffine {
    return batchNormAffine(bn.id, bn.epsilon ?? 1e-3, this.weight);
  }

  private kernel(name: string | undefined): WeightArray {
    return { values: this.weight(name ?? ''), shape: this.shapes.get(name ?? '') ?? [] };
  }

  /** Fuses a following relu when every user of the value is a relu (and no end point needs it raw). */
  private fuseRelu(outOp: GraphOp, stepId: string): Activation {
    const users = this.usersOf(outOp.id);
    if (outOp.endpoint || users.length === 0 || users.some((u) => u.kind !== 'relu')) return 'linear';
    for (const u of users) this.alias.set(u.id, stepId);
    return 'relu';
  }

  private convLike(op: GraphOp): void {
    const folded = this.bnFor(op);
    const outOp = folded?.direct ? folded.bn : op;
    if (folded) {
      this.absorbed.add(folded.bn.id);
      if (folded.direct) this.alias.set(op.id, folded.bn.id);
    }
    const affine = folded ? this.affine(folded.bn) : null;
    const activation = this.fuseRelu(outOp, outOp.id);
    if (op.kind === 'separable_conv') {
      const depthwise = this.kernel(op.variables[0]);
      const pw = this.kernel(op.variables[1]);
      const { weights: pointwise, bias } = affine
        ? foldIntoKernel(pw, affine, folded?.start ?? 0, this.inPlace)
        : { weights: pw, bias: null };
      const input = this.resolve(op.inputs[0] ?? '');
      this.steps.push({
        id: outOp.id,
        kind: 'separable',
        inputs: [input],
        depthwise,
        pointwise,
        bias,
        stride: op.stride ?? 1,
        activation,
      });
      return;
    }
    this.plainConv(op, outOp, affine, folded?.start ?? 0, activation);
  }

  private plainConv(
    op: GraphOp,
    outOp: GraphOp,
    affine: ChannelAffine | null,
    start: number,
    activation: Activation,
  ): void {
    const source = this.ops.get(op.inputs[0] ?? '');
    const k = op.kernel ?? 1;
    const raw = this.kernel(op.variables[0]);
    const { weights, bias } = affine
      ? foldIntoKernel(raw, affine, start, this.inPlace)
      : { weights: raw, bias: null };
    let input = this.resolve(op.inputs[0] ?? '');
    let stride = op.stride ?? 1;
    let padding = op.padding ?? 'SAME';
    let shifted = false;
    // A 1x1 stride-s VALID average pool followed by a 1x1 conv is a 1x1 stride-s conv.
    if (
      source?.kind === 'avg_pool' &&
      source.kernel === 1 &&
      source.padding === 'VALID' &&
      k === 1 &&
      stride === 1
    ) {
      input = this.resolve(source.inputs[0] ?? '');
      stride = source.stride ?? 1;
      padding = 'VALID';
      const before = this.ops.get(source.inputs[0] ?? '');
      if (before?.kind === 'shift') {
        input = this.resolve(before.inputs[0] ?? '');
        shifted = true;
      }
    }
    this.steps.push({
      id: outOp.id,
      kind: 'conv',
      inputs: [input],
      weights,
      bias,
      stride,
      padding,
      activation,
      ...(shifted ? { shifted } : {}),
    });
  }

  /**
   * Emits a weightless step unless the same computation on the same inputs was emitted before
   * (a hidden state's relu feeding several branches; NASNet-A's comb_iter_3 adds two identical
   * average pools of one state), in which case the op becomes an alias of the earlier step.
   */
  private once(opId: string, step: Step): void {
    const { id: _id, ...what } = step;
    const key = JSON.stringify(what);
    const existing = this.emitted.get(key);
    if (existing) this.alias.set(opId, existing);
    else {
      this.emitted.set(key, opId);
      this.steps.push(step);
    }
  }

  private simple(op: GraphOp): void {
    const inputs = op.inputs.map(this.resolve);
    switch (op.kind) {
      case 'relu':
        this.once(op.id, { id: op.id, kind: 'relu', inputs });
        return;
      case 'identity':
        this.alias.set(op.id, inputs[0] ?? '');
        return;
      case 'batch_norm': {
        const { scale, offset } = this.affine(op);
        this.steps.push({ id: op.id, kind: 'affine', inputs, scale, offset });
        return;
      }
      case 'concat': {
        const bn = this.foldableConcat(op);
        if (bn) this.absorbed.add(bn.id);
        this.steps.push({ id: bn ? bn.id : op.id, kind: 'concat', inputs });
        return;
      }
      case 'avg_pool':
      case 'max_pool':
        this.once(op.id, {
          id: op.id,
          kind: op.kind,
          inputs,
          kernel: op.kernel ?? 1,
          stride: op.stride ?? 1,
          padding: op.padding ?? 'SAME',
        });
        return;
      case 'fc': {
        const weights = this.kernel(op.variables[0]);
        this.steps.push({ id: op.id, kind: 'fc', inputs, weights, bias: this.weight(op.variables[1] ?? '') });
        return;
      }
      case 'shift':
      case 'add':
      case 'global_pool':
      case 'flatten':
      case 'softmax':
        this.steps.push({ id: op.id, kind: op.kind, inputs } as Step);
        return;
      default:
        return;
    }
  }

  /** Every op of the graph, in compile order. */
  opsInOrder(): IterableIterator<GraphOp> {
    return this.ops.values();
  }

  /** Compiles one op; ops go in `opsInOrder`, each once its weights can be looked up. */
  compile(op: GraphOp): void {
    if (op.kind === 'input' || this.absorbed.has(op.id) || this.alias.has(op.id)) return;
    if (op.kind === 'conv' || op.kind === 'separable_conv') this.convLike(op);
    else this.simple(op);
  }

  run(): void {
    for (const op of this.ops.values()) this.compile(op);
  }

  /** The program once every op was compiled: unused steps dropped, end points resolved. */
  program(): NasnetProgram {
    const endpoints: Record<string, string> = {};
    for (const [name, opId] of Object.entries(this.graph.endpoints)) endpoints[name] = this.resolve(opId);
    const logits = endpoints.Logits;
    const predictions = endpoints.Predictions;
    if (!logits || !predictions) {
      throw new SlimscopeError({
        code: 'INTERNAL',
        file: '',
        problem: 'The NASNet graph has no Logits end point.',
        hint: '',
      });
    }
    const steps = pruneSteps(this.steps, Object.values(endpoints));
    return { steps, endpoints, logits, predictions };
  }
}

/** Drops steps nothing needed depends on (e.g. a pool merged into its conv). */
function pruneSteps(steps: Step[], outputs: string[]): Step[] {
  const needed = new Set(outputs);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step && needed.has(step.id)) for (const id of step.inputs) needed.add(id);
  }
  return steps.filter((s) => needed.has(s.id));
}

export function compileNasnet(
  graph: GraphDescription,
  weight: (name: string) => Float32Array,
  options: CompileOptions = {},
): NasnetProgram {
  const compiler = new Compiler(graph, weight, options);
  compiler.run();
  return compiler.program();
}
