/**
 * Validates a Snappy block (format_description.txt of google/snappy) without decompressing it:
 * the declared length, every literal and copy staying inside the input and the output produced so
 * far, and the total matching the declared length. snappyjs trusts 32-bit literal lengths (a
 * negative one sends it into a near-endless loop), so damaged blocks must be refused before it runs.
 */
export function isValidSnappy(input: Uint8Array, maxLength: number): boolean {
  let pos = 0;
  let declared = 0;
  for (let shift = 0; ; shift += 7) {
    if (pos >= input.length || shift > 28) return false;
    const b = input[pos++]!;
    declared += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  if (declared > maxLength) return false;
  let produced = 0;
  while (pos < input.length) {
    const tag = input[pos++]!;
    const kind = tag & 3;
    let length: number;
    if (kind === 0) {
      length = (tag >>> 2) + 1;
      if (length > 60) {
        const bytes = length - 60;
        if (pos + bytes > input.length) return false;
        length = 0;
        for (let i = 0; i < bytes; i++) length += input[pos + i]! * 2 ** (8 * i);
        length += 1;
        pos += bytes;
      }
      if (pos + length > input.length) return false;
      pos += length;
    } else {
      const extra = kind === 1 ? 1 : kind === 2 ? 2 : 4;
      if (pos + extra > input.length) return false;
      let offset = 0;
      for (let i = 0; i < extra; i++) offset += input[pos + i]! * 2 ** (8 * i);
      if (kind === 1) offset += (tag >>> 5) << 8;
      length = kind === 1 ? ((tag >>> 2) & 7) + 4 : (tag >>> 2) + 1;
      pos += extra;
      if (offset === 0 || offset > produced) return false;
    }
    produced += length;
    if (produced > declared) return false;
  }
  return produced === declared;
}
