const decoder = new TextDecoder('utf-8');

/**
 * Turns many table keys into strings with one TextDecoder call: keys are appended NUL-separated
 * and the decoded text is split. Per-key decoding costs far more than the split (which shares
 * one flat string), and indexes hold hundreds of thousands of keys.
 */
export class KeyCollector {
  private buf = new Uint8Array(1 << 16);
  private pos = 0;
  private readonly starts: number[] = [];

  add(key: Uint8Array, length: number): void {
    if (this.pos + length + 1 > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + length + 1));
      grown.set(this.buf.subarray(0, this.pos));
      this.buf = grown;
    }
    this.starts.push(this.pos);
    this.buf.set(key.subarray(0, length), this.pos);
    this.pos += length;
    this.buf[this.pos++] = 0;
  }

  finish(): string[] {
    const n = this.starts.length;
    if (n === 0) return [];
    const names = decoder.decode(this.buf.subarray(0, this.pos - 1)).split('\0');
    if (names.length === n) return names;
    // A key containing NUL itself: decode key by key.
    return this.starts.map((s, i) =>
      decoder.decode(this.buf.subarray(s, (this.starts[i + 1] ?? this.pos) - 1)),
    );
  }
}
