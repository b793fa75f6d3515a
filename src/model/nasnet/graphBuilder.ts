import type { GraphVariable, GraphVariableKind } from '../graphVariable';
import type { GlobalStepVariable, GraphOp, OpKind, OpRole, Padding } from './graphTypes';

/** A symbolic tensor: the op producing it and its per-image shape. */
export interface Sym {
  id: string;
  shape: number[];
}

/** TF's output size for one spatial dimension. */
export function outSize(size: number, kernel: number, stride: number, padding: Padding): number {
  return padding === 'SAME' ? Math.ceil(size / stride) : Math.floor((size - kernel) / stride) + 1;
}

const channels = (x: Sym): number => x.shape[x.shape.length - 1] ?? 0;
const spatial = (x: Sym): [number, number] => [x.shape[0] ?? 0, x.shape[1] ?? 0];

/**
 * Records ops and variables in the order TF-Slim would create them, without any tensor.
 * Scopes nest like `tf.variable_scope`; op ids of variable-free ops get TF-style `_N` suffixes.
 */
export class GraphBuilder {
  readonly ops: GraphOp[] = [];
  readonly variables: GraphVariable[] = [];
  private readonly scopes: string[] = [];
  private readonly usedIds = new Set<string>();
  cell = '';
  role: OpRole = 'stem';
  extras: Partial<Pick<GraphOp, 'combIter' | 'side' | 'operation'>> = {};
  /** Training graph with drop path (keep probability < 1): the first drop path makes a global step. */
  dropPath = false;
  globalStep: GlobalStepVariable | undefined;

  constructor(private readonly epsilon: number) {}

  inScope<T>(name: string, body: () => T): T {
    this.scopes.push(name);
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  private scoped(name: string): string {
    return [...this.scopes, name].join('/');
  }

  private uniqueId(base: string): string {
    let id = base;
    for (let n = 1; this.usedIds.has(id); n++) id = `${base}_${n}`;
    this.usedIds.add(id);
    return id;
  }

  private addVar(scope: string, suffix: GraphVariableKind, shape: number[], op: string): string {
    const name = `${scope}/${suffix}`;
    this.variables.push({ name, shape, dtype: 'float32', kind: suffix, cell: this.cell, op });
    return name;
  }

  private emit(
    kind: OpKind,
    base: string,
    inputs: Sym[],
    shape: number[],
    extra: Partial<GraphOp> = {},
  ): Sym {
    const id = this.uniqueId(base);
    const op: GraphOp = {
      id,
      kind,
      cell: this.cell,
      role: this.role,
      inputs: inputs.map((x) => x.id),
      shape,
      variables: [],
      ...this.extras,
      ...extra,
    };
    this.ops.push(op);
    return { id, shape };
  }

  private lastOp(): GraphOp {
    const op = this.ops[this.ops.length - 1];
    if (!op) throw new Error('GraphBuilder: no op yet');
    return op;
  }

  input(shape: number[]): Sym {
    return this.emit('input', 'input', [], shape);
  }

  /** slim.conv2d without biases (the NASNet arg scopes set `biases_initializer=None`). */
  conv(
    x: Sym,
    filters: number,
    kernel: number | [number, number],
    scope: string,
    stride = 1,
    padding: Padding = 'SAME',
  ): Sym {
    const [kh, kw] = typeof kernel === 'number' ? [kernel, kernel] : kernel;
    const [h, w] = spatial(x);
    const shape = [outSize(h, kh, stride, padding), outSize(w, kw, stride, padding), filters];
    const name = this.scoped(scope);
    const out = this.emit('conv', name, [x], shape, { kernel: kh, stride, padding, filters });
    this.lastOp().variables.push(this.addVar(name, 'weights', [kh, kw, channels(x), filters], out.id));
    return out;
  }

  /** slim.separable_conv2d with depth_multiplier 1: depthwise then pointwise, 'SAME'. */
  separable(x: Sym, filters: number, kernel: number, scope: string, stride: number): Sym {
    const [h, w] = spatial(x);
    const shape = [outSize(h, kernel, stride, 'SAME'), outSize(w, kernel, stride, 'SAME'), filters];
    const name = this.scoped(scope);
    const out = this.emit('separable_conv', name, [x], shape, { kernel, stride, padding: 'SAME', filters });
    const cin = channels(x);
    const vars = this.lastOp().variables;
    vars.push(this.addVar(name, 'depthwise_weights', [kernel, kernel, cin, 1], out.id));
    vars.push(this.addVar(name, 'pointwise_weights', [1, 1, cin, filters], out.id));
    return out;
  }

  /** slim.batch_norm(scale=True, fused=True): gamma, beta, moving_mean, moving_variance. */
  batchNorm(x: Sym, scope: string): Sym {
    const name = this.scoped(scope);
    const out = this.emit('batch_norm', name, [x], x.shape, { epsilon: this.epsilon });
    const c = [channels(x)];
    const kinds: GraphVariableKind[] = ['gamma', 'beta', 'moving_mean', 'moving_variance'];
    for (const k of kinds) this.lastOp().variables.push(this.addVar(name, k, c, out.id));
    return out;
  }

  relu(x: Sym): Sym {
    return this.emit('relu', this.scoped('relu'), [x], x.shape);
  }

  pool(x: Sym, pool: 'avg' | 'max', kernel: number, stride: number, padding: Padding): Sym {
    const [h, w] = spatial(x);
    const shape = [outSize(h, kernel, stride, padding), outSize(w, kernel, stride, padding), channels(x)];
    const kind = pool === 'avg' ? 'avg_pool' : 'max_pool';
    return this.emit(kind, this.scoped(kind), [x], shape, { kernel, stride, padding });
  }

  /** Factorized reduction's path-2 shift: pad one zero row/column bottom/right, drop the first. */
  shift(x: Sym): Sym {
    return this.emit('shift', this.scoped('shift'), [x], x.shape);
  }

  identity(x: Sym): Sym {
    return this.emit('identity', this.scoped('identity'), [x], x.shape);
  }

  add(a: Sym, b: Sym): Sym {
    return this.emit('add', this.scoped('add'), [a, b], a.shape);
  }

  concat(xs: Sym[]): Sym {
    const first = xs[0];
    if (!first) throw new Error('GraphBuilder.concat: nothing to concatenate');
    const c = xs.reduce((sum, x) => sum + channels(x), 0);
    return this.emit('concat', this.scoped('concat'), xs, [...spatial(first), c]);
  }

  globalPool(x: Sym): Sym {
    return this.emit('global_pool', this.scoped('global_pool'), [x], [channels(x)]);
  }

  flatten(x: Sym): Sym {
    const size = x.shape.reduce((a, b) => a * b, 1);
    return this.emit('flatten', this.scoped('flatten'), [x], [size]);
  }

  /** slim.fully_connected under the arg scope's `FC` scope: weights then biases. */
  fc(x: Sym, units: number, scope = 'FC'): Sym {
    const name = this.scoped(scope);
    const out = this.emit('fc', name, [x], [units], { filters: units });
    const vars = this.lastOp().variables;
    vars.push(this.addVar(name, 'weights', [channels(x), units], out.id));
    vars.push(this.addVar(name, 'biases', [units], out.id));
    return out;
  }

  softmax(x: Sym): Sym {
    return this.emit('softmax', this.scoped('predictions'), [x], x.shape);
  }

  /**
   * `_apply_drop_path` after a branch op. Its `tf.train.get_or_create_global_step()` runs inside
   * the branch's variable scope, so the int64 step is created there, once, after the op's weights.
   */
  dropPathApplied(): void {
    if (!this.dropPath || this.globalStep) return;
    const after = this.variables[this.variables.length - 1]?.name ?? '';
    this.globalStep = { name: this.scoped('global_step'), dtype: 'int64', shape: [], after };
  }

  markEndpoint(x: Sym, name: string): void {
    const op = this.ops.find((o) => o.id === x.id);
    if (op) op.endpoint = name;
  }
}

export { channels as symChannels, spatial as symSpatial };
