/**
 * A restricted unpickler: interprets pickle opcodes (protocols 0–5) itself and builds plain
 * `PyValue`s. It never imports or calls anything: GLOBAL gives a name, REDUCE/NEWOBJ/BUILD hand
 * that name to `callGlobal`, which only knows torch.save's own callables (see torchGlobals.ts).
 * Opcode reference: CPython Lib/pickletools.py.
 */
import { SlimscopeError } from '../../base/errors';
import { callGlobal } from './torchGlobals';
import type { PyValue } from './pyValues';

export interface UnpickleOptions {
  file: string;
  /** Turns a persistent id (torch: the storage tuple) into a value. */
  persistentLoad(pid: PyValue): PyValue;
}

export interface Unpickled {
  value: PyValue;
  /** Offset just after the STOP opcode. */
  end: number;
}

const MARK = Symbol('mark');
type Slot = PyValue | typeof MARK;

/** Thrown when the pickle runs past the bytes given (the caller may retry with more). */
export class PickleTruncated extends SlimscopeError {}

const latin1Decoder = new TextDecoder('latin1');
const utf8Decoder = new TextDecoder('utf-8');
/** Short ASCII strings (keys, module names) skip TextDecoder, whose per-call cost dominates here. */
const SHORT = 64;
function ascii(b: Uint8Array): string | null {
  if (b.length > SHORT) return null;
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return null;
  return String.fromCharCode.apply(null, b as unknown as number[]);
}
const latin1 = { decode: (b: Uint8Array) => ascii(b) ?? latin1Decoder.decode(b) };
const utf8 = { decode: (b: Uint8Array) => ascii(b) ?? utf8Decoder.decode(b) };
const SMALL_INTS = Array.from({ length: 256 }, (_, i) => BigInt(i));

class Cursor {
  pos: number;
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly file: string,
  ) {
    this.pos = start;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): number {
    if (n < 0 || !Number.isSafeInteger(n) || this.pos + n > this.bytes.length) {
      throw new PickleTruncated({
        code: 'TRUNCATED',
        file: this.file,
        problem: `The pickle needs ${n} more bytes at byte ${this.pos}, past the end of the data (${this.bytes.length} bytes).`,
        hint: 'The file is truncated or damaged; save it again with torch.save.',
      });
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u8 = () => this.bytes[this.need(1)]!;
  u16 = () => this.view.getUint16(this.need(2), true);
  u32 = () => this.view.getUint32(this.need(4), true);
  i32 = () => this.view.getInt32(this.need(4), true);
  u64 = () => {
    const v = this.view.getBigUint64(this.need(8), true);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
  };
  take = (n: number) => {
    const at = this.need(n);
    return this.bytes.subarray(at, at + n);
  };
  line(): string {
    const end = this.bytes.indexOf(0x0a, this.pos);
    if (end < 0) this.need(this.bytes.length - this.pos + 1);
    const s = latin1.decode(this.bytes.subarray(this.pos, end));
    this.pos = end + 1;
    return s;
  }
}

/** Little-endian two's-complement integer of LONG1/LONG4. */
function decodeLong(b: Uint8Array): bigint {
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  if (b.length > 0 && b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length);
  return v;
}

function textInt(s: string, c: Cursor): bigint | boolean {
  if (s === '00') return false;
  if (s === '01') return true;
  const t = s.replace(/L$/, '');
  if (!/^[-+]?\d+$/.test(t)) throw bad(c, `"${s.slice(0, 40)}" is not an integer`);
  return BigInt(t);
}

/** Python repr of a str in protocol 0 STRING: quoted, with backslash escapes. */
function quotedString(s: string, c: Cursor): string {
  const q = s[0];
  if (s.length < 2 || (q !== "'" && q !== '"') || s[s.length - 1] !== q) throw bad(c, 'STRING is not quoted');
  return s
    .slice(1, -1)
    .replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
      e[0] === 'x' ? String.fromCharCode(parseInt(e.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r' }[e] ?? e),
    );
}

function bad(c: Cursor, problem: string): SlimscopeError {
  return new SlimscopeError({
    code: 'BAD_FORMAT',
    file: c.file,
    problem: `The pickle is damaged near byte ${c.pos}: ${problem}.`,
    hint: 'This is not a file torch.save wrote, or it is damaged.',
  });
}

/** Runs the pickle at `start` until STOP; returns the value and where it ended. */
export function unpickle(bytes: Uint8Array, start: number, options: UnpickleOptions): Unpickled {
  const c = new Cursor(bytes, start, options.file);
  const stack: Slot[] = [];
  const memo = new Map<number, PyValue>();
  const pop = (): PyValue => {
    const v = stack.pop();
    if (v === undefined || v === MARK) throw bad(c, 'the stack is empty where a value is needed');
    return v;
  };
  const top = (): PyValue => {
    const v = stack[stack.length - 1];
    if (v === undefined || v === MARK) throw bad(c, 'the stack is empty where a value is needed');
    return v;
  };
  const popMark = (): PyValue[] => {
    const at = stack.lastIndexOf(MARK);
    if (at < 0) throw bad(c, 'no MARK on the stack');
    const items = stack.splice(at) as PyValue[];
    items.shift();
    return items;
  };
  const get = (i: number): PyValue => {
    if (!memo.has(i)) throw bad(c, `memo entry ${i} was never stored`);
    return memo.get(i)!;
  };
  const str = (v: PyValue, what: string): string => {
    if (typeof v !== 'string') throw bad(c, `${what} is not a string`);
    return v;
  };
  const global = (module: string, name: string): PyValue => ({ kind: 'global', module, name });
  const call = (fn: PyValue, args: PyValue): PyValue => callGlobal(fn, args, options.file);
  const setItems = (d: PyValue, kv: PyValue[]) => {
    if (kv.length % 2) throw bad(c, 'SETITEMS with an odd number of values');
    if (!d || typeof d !== 'object' || d.kind !== 'dict') return; // items of an opaque object
    for (let i = 0; i < kv.length; i += 2) d.entries.push([kv[i]!, kv[i + 1]!]);
  };
  const append = (l: PyValue, items: PyValue[]) => {
    if (l && typeof l === 'object' && (l.kind === 'list' || l.kind === 'set')) l.items.push(...items);
  };

  for (;;) {
    const op = c.u8();
    switch (op) {
      case 0x80: // PROTO
        if (c.u8() > 5) throw bad(c, 'pickle protocol above 5');
        break;
      case 0x95: // FRAME: the framing is only a hint for buffered readers
        c.need(8);
        break;
      case 0x2e: // STOP
        return { value: pop(), end: c.pos };
      case 0x28: // MARK
        stack.push(MARK);
        break;
      case 0x30: // POP
        if (stack.pop() === undefined) throw bad(c, 'POP on an empty stack');
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        stack.push(top());
        break;
      case 0x4e: // NONE
        stack.push(null);
        break;
      case 0x88: // NEWTRUE
        stack.push(true);
        break;
      case 0x89: // NEWFALSE
        stack.push(false);
        break;
      case 0x4a: // BININT
        stack.push(BigInt(c.i32()));
        break;
      case 0x4b: // BININT1
        stack.push(SMALL_INTS[c.u8()]!);
        break;
      case 0x4d: // BININT2
        stack.push(BigInt(c.u16()));
        break;
      case 0x49: // INT
      case 0x4c: // LONG
        stack.push(textInt(c.line(), c));
        break;
      case 0x8a: // LONG1
        stack.push(decodeLong(c.take(c.u8())));
        break;
      case 0x8b: {
        // LONG4
        const n = c.i32();
        if (n > 4096) throw bad(c, `a ${n}-byte integer`);
        stack.push(decodeLong(c.take(n)));
        break;
      }
      case 0x47: // BINFLOAT (big-endian)
        stack.push(c.view.getFloat64(c.need(8), false));
        break;
      case 0x46: // FLOAT
        stack.push(Number(c.line()));
        break;
      case 0x53: // STRING
        stack.push(quotedString(c.line(), c));
        break;
      case 0x54: // BINSTRING
        stack.push(latin1.decode(c.take(c.i32())));
        break;
      case 0x55: // SHORT_BINSTRING
        stack.push(latin1.decode(c.take(c.u8())));
        break;
      case 0x56: // UNICODE (raw-unicode-escape)
        stack.push(
          c.line().replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        );
        break;
      case 0x58: // BINUNICODE
        stack.push(utf8.decode(c.take(c.u32())));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(utf8.decode(c.take(c.u8())));
        break;
      case 0x8d: // BINUNICODE8
        stack.push(utf8.decode(c.take(c.u64())));
        break;
      case 0x42: // BINBYTES
        stack.push({ kind: 'bytes', bytes: c.take(c.u32()) });
        break;
      case 0x43: // SHORT_BINBYTES
        stack.push({ kind: 'bytes', bytes: c.take(c.u8()) });
        break;
      case 0x8e: // BINBYTES8
      case 0x96: // BYTEARRAY8
        stack.push({ kind: 'bytes', bytes: c.take(c.u64()) });
        break;
      case 0x5d: // EMPTY_LIST
        stack.push({ kind: 'list', items: [] });
        break;
      case 0x6c: // LIST
        stack.push({ kind: 'list', items: popMark() });
        break;
      case 0x61: {
        // APPEND
        const v = pop();
        append(top(), [v]);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        append(top(), items);
        break;
      }
      case 0x29: // EMPTY_TUPLE
        stack.push({ kind: 'tuple', items: [] });
        break;
      case 0x74: // TUPLE
        stack.push({ kind: 'tuple', items: popMark() });
        break;
      case 0x85: // TUPLE1
      case 0x86: // TUPLE2
      case 0x87: {
        // TUPLE3
        const n = op - 0x84;
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.unshift(pop());
        stack.push({ kind: 'tuple', items });
        break;
      }
      case 0x7d: // EMPTY_DICT
        stack.push({ kind: 'dict', entries: [] });
        break;
      case 0x64: {
        // DICT
        const d: PyValue = { kind: 'dict', entries: [] };
        setItems(d, popMark());
        stack.push(d);
        break;
      }
      case 0x73: {
        // SETITEM
        const v = pop();
        const k = pop();
        setItems(top(), [k, v]);
        break;
      }
      case 0x75: {
        // SETITEMS
        const kv = popMark();
        setItems(top(), kv);
        break;
      }
      case 0x8f: // EMPTY_SET
        stack.push({ kind: 'set', items: [] });
        break;
      case 0x90: {
        // ADDITEMS
        const items = popMark();
        append(top(), items);
        break;
      }
      case 0x91: // FROZENSET
        stack.push({ kind: 'set', items: popMark() });
        break;
      case 0x63: {
        // GLOBAL
        const module = c.line();
        stack.push(global(module, c.line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = str(pop(), 'STACK_GLOBAL name');
        stack.push(global(str(pop(), 'STACK_GLOBAL module'), name));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = pop();
        stack.push(call(pop(), args));
        break;
      }
      case 0x81: {
        // NEWOBJ: cls.__new__(cls, *args) — an instance of a class we do not build
        pop();
        stack.push(call(pop(), null));
        break;
      }
      case 0x92: {
        // NEWOBJ_EX
        pop();
        pop();
        stack.push(call(pop(), null));
        break;
      }
      case 0x69: {
        // INST
        const module = c.line();
        const name = c.line();
        popMark();
        stack.push({ kind: 'opaque', className: `${module}.${name}` });
        break;
      }
      case 0x6f: {
        // OBJ
        const [cls] = popMark();
        stack.push(call(cls ?? null, null));
        break;
      }
      case 0x62: {
        // BUILD: the state (__dict__ / __setstate__ argument) is kept beside an opaque object as
        // data, never applied; a whole-model pickle's tensors live there.
        const state = pop();
        const obj = top();
        if (obj && typeof obj === 'object' && obj.kind === 'opaque' && obj.state === undefined)
          obj.state = state;
        break;
      }
      case 0x50: // PERSID
        stack.push(options.persistentLoad(c.line()));
        break;
      case 0x51: // BINPERSID
        stack.push(options.persistentLoad(pop()));
        break;
      case 0x70: // PUT
        memo.set(Number(textInt(c.line(), c)), top());
        break;
      case 0x71: // BINPUT
        memo.set(c.u8(), top());
        break;
      case 0x72: // LONG_BINPUT
        memo.set(c.u32(), top());
        break;
      case 0x94: // MEMOIZE
        memo.set(memo.size, top());
        break;
      case 0x67: // GET
        stack.push(get(Number(textInt(c.line(), c))));
        break;
      case 0x68: // BINGET
        stack.push(get(c.u8()));
        break;
      case 0x6a: // LONG_BINGET
        stack.push(get(c.u32()));
        break;
      case 0x82: // EXT1
      case 0x83: // EXT2
      case 0x84: {
        // EXT4: the copyreg extension registry is process state we do not have
        const code = op === 0x82 ? c.u8() : op === 0x83 ? c.u16() : c.i32();
        stack.push({ kind: 'opaque', className: `copyreg extension ${code}` });
        break;
      }
      default:
        throw bad(c, `unknown opcode 0x${op.toString(16).padStart(2, '0')}`);
    }
  }
}
