/** Every failure a user can meet carries a code, the file concerned, what is wrong and what to do. */
export type ErrorCode =
  | 'TRUNCATED'
  | 'BAD_MAGIC'
  | 'BAD_CRC'
  | 'BAD_BLOCK'
  | 'BAD_PROTO'
  | 'BAD_SNAPPY'
  | 'MISSING_SHARD'
  | 'MISSING_INDEX'
  | 'UNSUPPORTED'
  | 'OUT_OF_RANGE'
  | 'TOO_LARGE'
  | 'SHAPE_MISMATCH'
  | 'DTYPE_MISMATCH'
  | 'NOT_FOUND'
  | 'BAD_MAPPING'
  | 'BAD_NUMPY'
  | 'BAD_FORMAT'
  | 'CANCELLED'
  | 'INTERNAL';

export interface SlimscopeErrorInit {
  code: ErrorCode;
  /** The file (or tensor) the problem is in; empty when no file is involved. */
  file: string;
  /** What is wrong, in one sentence a user understands. */
  problem: string;
  /** What the user can do about it. */
  hint: string;
  cause?: unknown;
}

export class SlimscopeError extends Error {
  readonly code: ErrorCode;
  readonly file: string;
  readonly problem: string;
  readonly hint: string;

  constructor(init: SlimscopeErrorInit) {
    super(`${init.file ? `${init.file}: ` : ''}${init.problem} ${init.hint}`.trim(), { cause: init.cause });
    this.name = 'SlimscopeError';
    this.code = init.code;
    this.file = init.file;
    this.problem = init.problem;
    this.hint = init.hint;
  }

  toJSON(): SlimscopeErrorInit {
    return { code: this.code, file: this.file, problem: this.problem, hint: this.hint };
  }
}

export function isSlimscopeError(e: unknown): e is SlimscopeError {
  return e instanceof SlimscopeError;
}

/** Wraps anything thrown into a SlimscopeError so callers always get the same shape. */
export function toSlimscopeError(e: unknown, file = ''): SlimscopeError {
  if (e instanceof SlimscopeError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new SlimscopeError({
    code: 'INTERNAL',
    file,
    problem: `Unexpected failure: ${message}.`,
    hint: 'Please report this with the file that caused it.',
    cause: e,
  });
}
