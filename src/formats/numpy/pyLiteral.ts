/**
 * A tiny parser for the Python literal an .npy header holds: a dict of strings, ints, booleans,
 * None, tuples and lists (`{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`).
 * Never `eval`: headers come from user files.
 */
export type PyValue = string | number | boolean | null | PyValue[] | PyDict;
export interface PyDict {
  [key: string]: PyValue;
}

/** Thrown for any malformed literal; the caller turns it into a typed BAD_NUMPY error. */
export class PyLiteralError extends Error {}

const MAX_DEPTH = 16;

export function parsePyLiteral(text: string): PyValue {
  const parser = new Parser(text);
  const value = parser.value(0);
  parser.skipSpace();
  if (!parser.atEnd()) throw new PyLiteralError(`unexpected text at ${parser.pos}`);
  return value;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  value(depth: number): PyValue {
    if (depth > MAX_DEPTH) throw new PyLiteralError('nested too deeply');
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.dict(depth);
    if (c === '(') return this.sequence(')', depth);
    if (c === '[') return this.sequence(']', depth);
    if (c === "'" || c === '"') return this.string();
    if (c !== undefined && /[-+0-9]/.test(c)) return this.integer();
    return this.word();
  }

  private expect(ch: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== ch) throw new PyLiteralError(`expected '${ch}' at ${this.pos}`);
    this.pos++;
  }

  private tryConsume(ch: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  private dict(depth: number): PyDict {
    this.expect('{');
    const out: PyDict = {};
    while (!this.tryConsume('}')) {
      const key = this.value(depth + 1);
      if (typeof key !== 'string') throw new PyLiteralError('dict keys must be strings');
      this.expect(':');
      out[key] = this.value(depth + 1);
      if (!this.tryConsume(',')) {
        this.expect('}');
        break;
      }
    }
    return out;
  }

  private sequence(close: string, depth: number): PyValue[] {
    this.pos++;
    const out: PyValue[] = [];
    while (!this.tryConsume(close)) {
      out.push(this.value(depth + 1));
      if (!this.tryConsume(',')) {
        this.expect(close);
        break;
      }
    }
    return out;
  }

  private string(): string {
    const quote = this.text[this.pos];
    const end = this.text.indexOf(quote ?? "'", this.pos + 1);
    if (end < 0) throw new PyLiteralError('unterminated string');
    const s = this.text.slice(this.pos + 1, end);
    if (s.includes('\\')) throw new PyLiteralError('escapes in strings are not supported');
    this.pos = end + 1;
    return s;
  }

  private integer(): number {
    const m = /^[-+]?\d+L?/.exec(this.text.slice(this.pos));
    if (!m) throw new PyLiteralError(`bad number at ${this.pos}`);
    this.pos += m[0].length;
    const n = Number(m[0].replace('L', ''));
    if (!Number.isSafeInteger(n)) throw new PyLiteralError(`number too large: ${m[0]}`);
    return n;
  }

  private word(): PyValue {
    const m = /^[A-Za-z_]+/.exec(this.text.slice(this.pos));
    const w = m?.[0];
    this.pos += w?.length ?? 0;
    if (w === 'True') return true;
    if (w === 'False') return false;
    if (w === 'None') return null;
    throw new PyLiteralError(`unexpected ${w ? `'${w}'` : 'character'} at ${this.pos}`);
  }
}
