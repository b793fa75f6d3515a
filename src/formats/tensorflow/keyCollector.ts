import { SlimscopeError } from '../../base/errors';

const decoder = new TextDecoder('utf-8');

/**
 * Turns many table keys into strings with one TextDecoder call: keys are appended NUL-separated
 * and the decoded text is split. Per-key decoding costs far more than the split (which shares
 * one flat string), and indexes hold hundreds of thousands of keys.
 */
export class KeyCollector {
  private buf = new Uint8Array(1 << 16);
  private pos = 0;
  private count = 0;

  add(key: Uint8Array, length: number): void {
    if (this.pos + length + 1 > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + length + 1));
      grown.set(this.buf.subarray(0, this.pos));
      this.buf = grown;
    }
    this.count++;
    const buf = this.buf;
    let p = this.pos;
    // A plain loop: keys are short, and a subarray view per key would be garbage to collect.
    for (let i = 0; i < length; i++) buf[p++] = key[i]!;
    buf[p++] = 0;
    this.pos = p;
  }

  /** All keys as strings; `file` names the index in the error for a key containing NUL. */
  finish(file: string): string[] {
    if (this.count === 0) return [];
    const names = decoder.decode(this.buf.subarray(0, this.pos - 1)).split('\0');
    if (names.length === this.count) return names;
    throw new SlimscopeError({
      code: 'BAD_FORMAT',
      file,
      problem: 'A tensor name in the index contains a NUL character.',
      hint: 'TensorFlow never writes such names; the index is damaged.',
    });
  }
}
