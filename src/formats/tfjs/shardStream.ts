/**
 * The shard files of one TF.js weight group read as one byte stream (their concatenation): a
 * tensor may start in one shard and end in the next. Only the bytes asked for are read. A missing
 * shard makes every byte from its start on unreachable (its size is unknown), and a read that
 * needs it fails naming that file.
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';

export interface ShardFile {
  /** The path as model.json names it (shown when the file is missing). */
  path: string;
  source?: ByteSource;
}

export class ShardStream {
  /** Stream offset where each shard starts (up to and including the first missing one). */
  private readonly starts: number[] = [];
  /** Bytes reachable from the start of the stream. */
  readonly reachable: number;
  /** The first missing shard, if any. */
  readonly missing?: ShardFile;

  constructor(
    readonly shards: readonly ShardFile[],
    private readonly modelJson: string,
  ) {
    let at = 0;
    for (const shard of shards) {
      this.starts.push(at);
      if (!shard.source) {
        this.missing = shard;
        break;
      }
      at += shard.source.size;
    }
    this.reachable = at;
  }

  /** Which shard holds stream offset `offset`, and where inside it. */
  locate(offset: number): { shard: number; offset: number } {
    let i = this.starts.length - 1;
    while (i > 0 && this.starts[i]! > offset) i--;
    return { shard: i, offset: offset - (this.starts[i] ?? 0) };
  }

  /** Reads `length` bytes at stream offset `offset`, across shard boundaries. */
  async read(offset: number, length: number, what: string): Promise<Uint8Array> {
    if (offset + length > this.reachable) throw this.unreachable(offset + length, what);
    const out = new Uint8Array(length);
    let done = 0;
    let { shard, offset: inShard } = this.locate(offset);
    while (done < length) {
      const source = this.shards[shard]!.source!;
      const n = Math.min(length - done, source.size - inShard);
      if (n > 0) out.set(await source.read(inShard, n), done);
      done += n;
      shard++;
      inShard = 0;
    }
    return out;
  }

  private unreachable(end: number, what: string): SlimscopeError {
    if (this.missing) {
      return new SlimscopeError({
        code: 'MISSING_SHARD',
        file: this.missing.path,
        problem: `${what} is stored in (or after) the shard file ${this.missing.path}, which is not among the opened files.`,
        hint: `Open ${this.modelJson} together with every .bin file its weightsManifest lists.`,
      });
    }
    return new SlimscopeError({
      code: 'TRUNCATED',
      file: this.shards.at(-1)?.path ?? this.modelJson,
      problem: `${what} needs ${end} bytes of weights, but the shard files hold only ${this.reachable}.`,
      hint: 'A shard file is truncated or belongs to another model; copy the model again in full.',
    });
  }
}
