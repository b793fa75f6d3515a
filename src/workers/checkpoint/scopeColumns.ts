import type { CheckpointFormat } from '../../formats/checkpoint';

// The scope tree of a variable list as columns, built in the worker next to the listing and
// transferred with it: building 60,000 scope objects on the page cost more than the whole first
// paint may take. A scope is a name prefix ending before a separator; it is found by reading the
// joined names in place, and no string is made.

/** The wire form of the scope tree (every array transferable). Scope 0 is the root (''). */
export interface ScopeColumns {
  count: number;
  /** Whether `.` separates scopes as well as `/` (PyTorch module paths). */
  splitDots: boolean;
  /** Parent scope (-1 for the root). A parent always has a smaller index than its children. */
  parents: Int32Array;
  depths: Int32Array;
  /**
   * A variable below the scope: the scope's path is that variable's name up to `pathLengths`
   * (UTF-16 units) and its label starts at `labelStarts` in the same name.
   */
  pathVariables: Int32Array;
  pathLengths: Int32Array;
  labelStarts: Int32Array;
  /** Totals over everything below the scope. */
  variableCounts: Int32Array;
  paramCounts: Float64Array;
  bytes: Float64Array;
  /** Children of scope s: `childList[childStarts[s] .. childStarts[s + 1])`, in listing order. */
  childStarts: Int32Array;
  childList: Int32Array;
  /** Variables directly in scope s: `variableList[variableStarts[s] .. variableStarts[s + 1])`. */
  variableStarts: Int32Array;
  variableList: Int32Array;
  /** The scope each variable sits in directly. */
  scopeOfVariable: Int32Array;
}

/** PyTorch keys nest on `.` (module paths) as TF names nest on `/`. */
export const splitsDots = (format: CheckpointFormat | undefined): boolean =>
  format === 'pytorch-zip' || format === 'pytorch-legacy';

/** What the builder reads: every name joined in one string (the names column), and sizes. */
export interface ScopeInput {
  text: string;
  /** Name i is `text.slice(starts[i], starts[i + 1])`. */
  starts: Uint32Array;
  count: number;
  elements: Float64Array;
  bytes: Float64Array;
}

/** Growable columns of the scopes found so far, with an optional index by (parent, segment). */
class ScopeBuilder {
  count = 1;
  parents: Int32Array;
  depths: Int32Array;
  pathVariables: Int32Array;
  pathLengths: Int32Array;
  labelStarts: Int32Array;
  /** Open addressing: scope index + 1 per slot; empty until `index()`. */
  private slots = new Int32Array(0);
  private hashes = new Int32Array(0);

  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
    capacity: number,
  ) {
    const size = Math.max(64, capacity);
    this.parents = new Int32Array(size).fill(-1, 0, 1);
    this.depths = new Int32Array(size);
    this.pathVariables = new Int32Array(size);
    this.pathLengths = new Int32Array(size);
    this.labelStarts = new Int32Array(size);
  }

  get indexed(): boolean {
    return this.slots.length > 0;
  }

  /** A new child of `parent` whose path is name `v` up to `to`. */
  create(parent: number, v: number, to: number, labelStart: number): number {
    const s = this.count++;
    if (s === this.parents.length) this.grow();
    this.parents[s] = parent;
    this.depths[s] = this.depths[parent]! + 1;
    this.pathVariables[s] = v;
    this.pathLengths[s] = to;
    this.labelStarts[s] = labelStart;
    if (this.indexed) this.insert(s);
    return s;
  }

  /** The child of `parent` named by name `v`'s characters [from, to), created when missing (needs `index()`). */
  child(parent: number, v: number, from: number, to: number, labelStart: number): number {
    const h = this.hash(parent, v, from, to);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const found = this.slots[slot]! - 1;
      if (this.hashes[found] === h && this.parents[found] === parent && this.sameSegment(found, v, from, to))
        return found;
    }
    return this.create(parent, v, to, labelStart);
  }

  /** Indexes every scope so far (and from now on) for `child` lookups. */
  index(): void {
    this.hashes = new Int32Array(this.parents.length);
    this.slots = new Int32Array(tableSize(this.parents.length));
    for (let s = 1; s < this.count; s++) this.insert(s);
  }

  private insert(s: number): void {
    const parent = this.parents[s]!;
    const h = this.hash(parent, this.pathVariables[s]!, segmentStart(this, parent), this.pathLengths[s]!);
    this.hashes[s] = h;
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = s + 1;
  }

  private hash(parent: number, v: number, from: number, to: number): number {
    const base = this.starts[v]!;
    let h = Math.imul(parent + 1, 0x9e3779b1);
    for (let p = base + from; p < base + to; p++) h = Math.imul(h ^ this.text.charCodeAt(p), 0x01000193);
    return h ^ (h >>> 15);
  }

  private sameSegment(scope: number, v: number, from: number, to: number): boolean {
    if (this.pathLengths[scope] !== to) return false;
    const a = this.starts[this.pathVariables[scope]!]!;
    const b = this.starts[v]!;
    for (let k = from; k < to; k++)
      if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false;
    return true;
  }

  private grow(): void {
    const size = this.parents.length * 2;
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.parents = bigger(this.parents);
    this.depths = bigger(this.depths);
    this.pathVariables = bigger(this.pathVariables);
    this.pathLengths = bigger(this.pathLengths);
    this.labelStarts = bigger(this.labelStarts);
    if (this.indexed) {
      this.hashes = bigger(this.hashes);
      this.slots = new Int32Array(tableSize(size));
      for (let s = 1; s < this.count - 1; s++) this.insert(s);
    }
  }
}

/** A power of two at least four times `capacity` (the index stays at most a quarter full). */
const tableSize = (capacity: number): number => 2 ** Math.ceil(Math.log2(4 * capacity));

/** Where the segments of `parent`'s children start in a name (after its path and separator). */
const segmentStart = (b: ScopeBuilder, parent: number): number =>
  parent === 0 ? 0 : b.pathLengths[parent]! + 1;

/**
 * Builds the scope tree of a variable list in one pass over the joined names. The scope of a name
 * is its prefix before the last separator (a separator at position 0 does not cut); consecutive
 * names usually share most of their scopes, so only the segments after the common prefix with the
 * previous name are new to it. While the names come in order (a TF index always sorts them) such a
 * segment cannot name a scope seen before: any name between two that share a prefix shares it too,
 * so it is created without a lookup. The first name out of order indexes every scope and looks
 * each new segment up from then on. Totals are summed upwards in one backwards pass.
 */
export function buildScopeColumns(input: ScopeInput, splitDots: boolean): ScopeColumns {
  const { text, starts, count } = input;
  const b = new ScopeBuilder(text, starts, count + 1);
  const scopeOfVariable = new Int32Array(count);
  const direct = new DirectTotals(count + 1);
  const separators = new Separators(text, splitDots);
  // The previous name's scopes, outermost first, where each one's path ends in that name, and that
  // path with its separator (compared natively: far faster than char by char in code run once).
  let chain: Int32Array<ArrayBuffer> = new Int32Array(16);
  let chainEnds: Int32Array<ArrayBuffer> = new Int32Array(16);
  const chainPrefixes: string[] = [''];
  let chainLength = 1;
  let prevStart = 0;
  let prevLength = 0;
  for (let v = 0; v < count; v++) {
    const start = starts[v]!;
    const end = starts[v + 1]!;
    const length = end - start;
    // The deepest scope of the previous name this one shares (path and the separator after it).
    let level = chainLength - 1;
    while (level > 0 && !(chainEnds[level]! < length && text.startsWith(chainPrefixes[level]!, start)))
      level--;
    let segment = level > 0 ? chainEnds[level]! + 1 : 0;
    if (!b.indexed && v > 0) {
      // Where it first differs from the previous name lies within the next segment: in order?
      const limit = Math.min(length, prevLength);
      let common = segment;
      while (common < limit && text.charCodeAt(start + common) === text.charCodeAt(prevStart + common))
        common++;
      if (!inOrder(text, start, length, prevStart, prevLength, common)) b.index();
    }
    let scope = chain[level]!;
    let labelStart = segment;
    for (let at = separators.next(start + segment, end); at >= 0; at = separators.next(at + 1, end)) {
      const q = at - start;
      if (q === 0) {
        labelStart = 1;
        continue;
      }
      scope = b.indexed ? b.child(scope, v, segment, q, labelStart) : b.create(scope, v, q, labelStart);
      if (++level === chain.length) {
        chain = grown(chain);
        chainEnds = grown(chainEnds);
      }
      chain[level] = scope;
      chainEnds[level] = q;
      chainPrefixes[level] = text.slice(start, at + 1);
      segment = q + 1;
      labelStart = segment;
    }
    chainLength = level + 1;
    scopeOfVariable[v] = scope;
    direct.add(scope, input.elements[v]!, input.bytes[v]!);
    prevStart = start;
    prevLength = length;
  }
  return finish(b, direct, scopeOfVariable, splitDots);
}

/**
 * Finds scope separators with native searches. Names are visited in text order, so a position
 * found past the current name is kept for the next ones: the whole text is searched once.
 */
class Separators {
  private slash = -1;
  private dot = -1;

  constructor(
    private readonly text: string,
    private readonly splitDots: boolean,
  ) {}

  /** Position of the first separator at or after `from` and before `end`, or -1. */
  next(from: number, end: number): number {
    const { text } = this;
    if (this.slash < from) this.slash = nextOf(text, '/', from);
    let found = this.slash;
    if (this.splitDots) {
      if (this.dot < from) this.dot = nextOf(text, '.', from);
      if (this.dot < found) found = this.dot;
    }
    return found < end ? found : -1;
  }
}

/** `text.indexOf(c, from)`, with none found as `text.length`. */
const nextOf = (text: string, c: string, from: number): number => {
  const at = text.indexOf(c, from);
  return at < 0 ? text.length : at;
};

/** Whether a name comes at or after the previous one (code unit order), given their common prefix. */
function inOrder(
  text: string,
  start: number,
  length: number,
  prevStart: number,
  prevLength: number,
  common: number,
) {
  if (common === length) return length === prevLength;
  return common === prevLength || text.charCodeAt(start + common) > text.charCodeAt(prevStart + common);
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Per scope: its direct variables' count, elements and bytes (growing with the scopes). */
class DirectTotals {
  counts: Int32Array;
  params: Float64Array;
  bytes: Float64Array;

  constructor(capacity: number) {
    this.counts = new Int32Array(capacity);
    this.params = new Float64Array(capacity);
    this.bytes = new Float64Array(capacity);
  }

  add(scope: number, elements: number, bytes: number): void {
    if (scope >= this.counts.length) this.grow(scope);
    this.counts[scope]!++;
    this.params[scope]! += elements;
    this.bytes[scope]! += bytes;
  }

  /** Copies of the totals of scopes 0 .. n-1. */
  take(n: number): { counts: Int32Array; params: Float64Array; bytes: Float64Array } {
    if (n > this.counts.length) this.grow(n - 1);
    return {
      counts: this.counts.slice(0, n),
      params: this.params.slice(0, n),
      bytes: this.bytes.slice(0, n),
    };
  }

  private grow(scope: number): void {
    const size = Math.max(scope + 1, this.counts.length * 2);
    const counts = new Int32Array(size);
    counts.set(this.counts);
    const params = new Float64Array(size);
    params.set(this.params);
    const bytes = new Float64Array(size);
    bytes.set(this.bytes);
    Object.assign(this, { counts, params, bytes });
  }
}

/** Totals summed upwards, and the child / variable lists, from the parents and each variable's scope. */
function finish(
  b: ScopeBuilder,
  direct: DirectTotals,
  scopeOfVariable: Int32Array,
  splitDots: boolean,
): ScopeColumns {
  const n = b.count;
  const count = scopeOfVariable.length;
  const { counts: variableCounts, params: paramCounts, bytes } = direct.take(n);
  const variableStarts = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) variableStarts[s + 1] = variableStarts[s]! + variableCounts[s]!;
  const variableList = new Int32Array(count);
  const placed = variableStarts.slice(0, n);
  for (let v = 0; v < count; v++) variableList[placed[scopeOfVariable[v]!]!++] = v;
  const childStarts = new Int32Array(n + 1);
  for (let s = n - 1; s > 0; s--) {
    const parent = b.parents[s]!;
    variableCounts[parent]! += variableCounts[s]!;
    paramCounts[parent]! += paramCounts[s]!;
    bytes[parent]! += bytes[s]!;
    childStarts[parent + 1]!++;
  }
  for (let s = 0; s < n; s++) childStarts[s + 1]! += childStarts[s]!;
  const childList = new Int32Array(Math.max(0, n - 1));
  const next = childStarts.slice(0, n);
  for (let s = 1; s < n; s++) childList[next[b.parents[s]!]!++] = s;
  return {
    count: n,
    splitDots,
    parents: b.parents.slice(0, n),
    depths: b.depths.slice(0, n),
    pathVariables: b.pathVariables.slice(0, n),
    pathLengths: b.pathLengths.slice(0, n),
    labelStarts: b.labelStarts.slice(0, n),
    variableCounts,
    paramCounts,
    bytes,
    childStarts,
    childList,
    variableStarts,
    variableList,
    scopeOfVariable,
  };
}

/** The buffers to transfer with a `ScopeColumns`. */
export function scopeBuffers(c: ScopeColumns): ArrayBuffer[] {
  return [
    c.parents,
    c.depths,
    c.pathVariables,
    c.pathLengths,
    c.labelStarts,
    c.variableCounts,
    c.paramCounts,
    c.bytes,
    c.childStarts,
    c.childList,
    c.variableStarts,
    c.variableList,
    c.scopeOfVariable,
  ].map((a) => a.buffer as ArrayBuffer);
}
