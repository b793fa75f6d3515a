/**
 * Walks an unpickled torch.save object to its leaves. A leaf's name is its path of dict keys
 * (kept as written, dots and all) and list/tuple indices joined with `/`. Tensors are weights;
 * every other leaf (epoch, arch, optimizer settings, opaque objects) is metadata with its value.
 */
import { SlimscopeError } from '../../base/errors';
import {
  objectStateText,
  opaqueText,
  type PyDict,
  type PyOpaque,
  type PyValue,
  type TorchTensor,
} from './pyValues';

export type Leaf =
  | { kind: 'tensor'; name: string; tensor: TorchTensor }
  | { kind: 'metadata'; name: string; value: PyValue; text: string };

const MAX_DEPTH = 200;
/** Bounds the walk of hostile pickles that reuse one container many times (a DAG, exponential as a tree). */
const MAX_VISITS = 2_000_000;
const MAX_TEXT = 200;

function keyText(k: PyValue): string {
  if (typeof k === 'string') return k;
  if (typeof k === 'bigint' || typeof k === 'number') return String(k);
  return valueText(k);
}

function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return Number.isInteger(x) && Math.abs(x) < 1e16 ? `${x}.0` : String(x);
}

/** A short Python-like rendering of a non-tensor value. */
export function valueText(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return floatText(v);
  if (typeof v === 'string') return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v;
  switch (v.kind) {
    case 'bytes':
      return `bytes (${v.bytes.length})`;
    case 'global':
      return `${v.module}.${v.name}`;
    case 'opaque':
      return opaqueText(v.className);
    case 'storage':
      return `${v.className} of ${v.numel} elements`;
    case 'tensor':
      return 'tensor';
    case 'dict':
      return '{}';
    case 'list':
      return '[]';
    case 'tuple':
      return '()';
    case 'set':
      return `set of ${v.items.length}`;
  }
}

function tooLarge(file: string): SlimscopeError {
  return new SlimscopeError({
    code: 'TOO_LARGE',
    file,
    problem: `The pickled object has more than ${MAX_VISITS} values (containers reused many times).`,
    hint: 'This is not a checkpoint torch.save writes from a model; nothing was read.',
  });
}

type Children = ReadonlyArray<readonly [string, PyValue]>;

const isDict = (v: PyValue | undefined): v is PyDict => !!v && typeof v === 'object' && v.kind === 'dict';
const field = (d: PyDict, key: string): PyValue | undefined => d.entries.find(([k]) => k === key)?.[1];

/** An opaque object BUILD gave a state to (`torch.save(model)` pickles each module this way). */
const withState = (v: PyValue): v is PyOpaque & { state: PyValue } =>
  !!v && typeof v === 'object' && v.kind === 'opaque' && v.state !== undefined;

/** An `nn.Module`'s `__dict__`: it has the `_parameters` / `_buffers` / `_modules` OrderedDicts. */
function moduleState(v: PyValue): PyDict | undefined {
  if (!withState(v) || !isDict(v.state)) return undefined;
  const s = v.state;
  return ['_parameters', '_buffers', '_modules'].some((k) => isDict(field(s, k))) ? s : undefined;
}

/** Buffers registered with `persistent=False`, which `state_dict()` leaves out. */
function nonPersistentBuffers(state: PyDict): Set<string> {
  const set = field(state, '_non_persistent_buffers_set');
  const items = set && typeof set === 'object' && set.kind === 'set' ? set.items : [];
  return new Set(items.filter((x): x is string => typeof x === 'string'));
}

/** The children of a container; an object with a state has its state's children. */
function plainChildren(v: PyValue): Children | null {
  if (!v || typeof v !== 'object') return null;
  if (v.kind === 'dict') return v.entries.map(([k, x]) => [keyText(k), x] as const);
  if (v.kind === 'list' || v.kind === 'tuple') return v.items.map((x, i) => [String(i), x] as const);
  if (withState(v)) return plainChildren(v.state) ?? [['state', v.state]];
  return null;
}

/** The leaves in pickle order; `rootName` names a root that is itself a leaf (a bare tensor). */
export function collectLeaves(root: PyValue, rootName: string, file: string): Leaf[] {
  const out: Leaf[] = [];
  const onPath = new Set<object>();
  // A container met again (pickle memo sharing) is shown once: walking it twice could be exponential.
  const firstName = new Map<object, string>();
  let visits = 0;
  const leaf = (name: string, v: PyValue, text = valueText(v)) => {
    if (v && typeof v === 'object' && v.kind === 'tensor') out.push({ kind: 'tensor', name, tensor: v });
    else out.push({ kind: 'metadata', name, value: v, text });
  };
  /**
   * A module's tensors named as its `state_dict()` would (`conv0.weight`, `cells.0.bn.running_mean`):
   * parameters and buffers (None skipped), then each submodule's under `<name>.`. Submodules are
   * opaque objects too, so nothing of the model's classes runs.
   */
  const expanded = new Map<PyDict, string>();
  const moduleEntries = (state: PyDict, prefix: string, depth: number, out: Array<[string, PyValue]>) => {
    if (depth >= MAX_DEPTH)
      return void out.push([prefix || 'module', `nested deeper than ${MAX_DEPTH} levels`]);
    onPath.add(state);
    const notSaved = nonPersistentBuffers(state);
    for (const group of ['_parameters', '_buffers'] as const) {
      const d = field(state, group);
      if (!isDict(d)) continue;
      for (const [k, x] of d.entries) {
        if (++visits > MAX_VISITS) throw tooLarge(file);
        if (group === '_buffers' && notSaved.has(keyText(k))) continue;
        if (x !== null) out.push([`${prefix}${keyText(k)}`, x]);
      }
    }
    const modules = field(state, '_modules');
    for (const [k, child] of isDict(modules) ? modules.entries : []) {
      if (++visits > MAX_VISITS) throw tooLarge(file);
      const sub = moduleState(child);
      const key = `${prefix}${keyText(k)}`;
      const first = sub && expanded.get(sub);
      if (sub && onPath.has(sub)) out.push([key, '(recursive reference)']);
      else if (first) out.push([key, `(same module as ${first})`]);
      else if (sub) {
        // A module reached twice is listed once (a reused block, or a hostile DAG that would blow up).
        expanded.set(sub, key);
        moduleEntries(sub, `${key}.`, depth + 1, out);
      } else if (child !== null) out.push([key, child]);
    }
    onPath.delete(state);
  };
  const childrenOf = (v: PyValue, depth: number): Children | null => {
    const module = moduleState(v);
    if (!module) return plainChildren(v);
    const out: Array<[string, PyValue]> = [];
    moduleEntries(module, '', depth, out);
    return out;
  };
  const walk = (v: PyValue, path: string, depth: number): void => {
    if (++visits > MAX_VISITS) throw tooLarge(file);
    const name = depth > 0 ? path : rootName;
    const children = childrenOf(v, depth);
    if (!children || children.length === 0) return leaf(name, v);
    if (onPath.has(v as object)) return leaf(name, v, '(recursive reference)');
    const first = firstName.get(v as object);
    if (first !== undefined) return leaf(name, v, `(same object as ${first})`);
    if (depth >= MAX_DEPTH) return leaf(name, v, `nested deeper than ${MAX_DEPTH} levels (not read)`);
    firstName.set(v as object, name);
    // The object's class stays visible as metadata beside its state's entries.
    if (withState(v)) leaf(name, v, objectStateText(v.className, moduleState(v) !== undefined));
    onPath.add(v as object);
    for (const [k, x] of children) walk(x, depth > 0 ? `${path}/${k}` : k, depth + 1);
    onPath.delete(v as object);
  };
  walk(root, '', 0);
  return dedupe(out);
}

/** Two leaves can spell the same path (`{'a/b': x, 'a': {'b': y}}`): later ones get `#2`, `#3`… */
function dedupe(leaves: Leaf[]): Leaf[] {
  const seen = new Map<string, number>();
  for (const l of leaves) {
    const n = (seen.get(l.name) ?? 0) + 1;
    seen.set(l.name, n);
    if (n > 1) l.name = `${l.name}#${n}`;
  }
  return leaves;
}
