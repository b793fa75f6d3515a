// Text per variable as one UTF-8 buffer with offsets (transferable), and its reader on the page.

/** Optional text per variable: UTF-8 with offsets; `present` tells "" from absent. */
export interface TextColumn {
  utf8: Uint8Array;
  offsets: Uint32Array;
  present: Uint8Array;
}

/**
 * Encodes texts already joined into `joined`, where text i spans UTF-16 units
 * `[utf16Starts[i], utf16Starts[i + 1])`. For ASCII the byte offsets are those starts (reused).
 */
export function encodeJoined(
  joined: string,
  texts: ArrayLike<string | undefined>,
  utf16Starts: Uint32Array,
  present: Uint8Array,
): TextColumn {
  const utf8 = new TextEncoder().encode(joined);
  if (utf8.length === joined.length) return { utf8, offsets: utf16Starts, present };
  const encoder = new TextEncoder();
  const offsets = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) {
    offsets[i + 1] = offsets[i]! + encoder.encode(texts[i] ?? '').length;
  }
  return { utf8, offsets, present };
}

/** Encodes one text per variable (absent ones as ""). */
export function encodeText(texts: readonly (string | undefined)[]): TextColumn {
  const present = new Uint8Array(texts.length);
  const starts = new Uint32Array(texts.length + 1);
  const parts = new Array<string>(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t !== undefined) present[i] = 1;
    parts[i] = t ?? '';
    starts[i + 1] = starts[i]! + parts[i]!.length;
  }
  return encodeJoined(parts.join(''), parts, starts, present);
}

/** Decoded text column: one JS string, sliced per variable (substrings share its storage). */
export class TextReader {
  readonly text: string;
  /** UTF-16 offsets into `text`. */
  readonly starts: Uint32Array;
  private readonly present: Uint8Array;

  constructor(column: TextColumn) {
    this.text = new TextDecoder().decode(column.utf8);
    this.present = column.present;
    this.starts =
      this.text.length === column.utf8.length ? column.offsets : utf16Offsets(column.utf8, column.offsets);
  }

  at(i: number): string | undefined {
    return this.present[i] ? this.text.slice(this.starts[i], this.starts[i + 1]) : undefined;
  }
}

/** Byte offsets → UTF-16 offsets: a code unit per lead byte, two for a 4-byte sequence. */
function utf16Offsets(utf8: Uint8Array, byteOffsets: Uint32Array): Uint32Array {
  const out = new Uint32Array(byteOffsets.length);
  let units = 0;
  let next = 1;
  for (let b = 0; b <= utf8.length; b++) {
    while (next < byteOffsets.length && byteOffsets[next] === b) out[next++] = units;
    if (b === utf8.length) break;
    const byte = utf8[b]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return out;
}
