// CRC-32C (Castagnoli), the checksum of LevelDB tables and TF tensor bundles (lib/hash/crc32c.h).
// Slicing-by-8: eight 256-entry tables let the inner loop consume 8 bytes per iteration.

const POLY = 0x82f63b78;
const TABLES = buildTables();

function buildTables(): Int32Array[] {
  const tables = Array.from({ length: 8 }, () => new Int32Array(256));
  const t0 = tables[0]!;
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    t0[i] = c;
  }
  for (let i = 0; i < 256; i++) {
    for (let t = 1; t < 8; t++) {
      const prev = tables[t - 1]![i]!;
      tables[t]![i] = (prev >>> 8) ^ t0[prev & 0xff]!;
    }
  }
  return tables;
}

/** Continues a CRC-32C over `data` (start with 0; the result feeds the next call). */
export function crc32cExtend(crc: number, data: Uint8Array, start = 0, end = data.length): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  let c = ~crc;
  let i = start;
  const end8 = end - 7;
  for (; i < end8; i += 8) {
    const lo = c ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24));
    c =
      t7[lo & 0xff]! ^
      t6[(lo >>> 8) & 0xff]! ^
      t5[(lo >>> 16) & 0xff]! ^
      t4[lo >>> 24]! ^
      t3[data[i + 4]!]! ^
      t2[data[i + 5]!]! ^
      t1[data[i + 6]!]! ^
      t0[data[i + 7]!]!;
  }
  for (; i < end; i++) c = (c >>> 8) ^ t0[(c ^ data[i]!) & 0xff]!;
  return ~c >>> 0;
}

export function crc32c(data: Uint8Array): number {
  return crc32cExtend(0, data);
}

const MASK_DELTA = 0xa282ead8;

/** LevelDB/TF store masked CRCs (rotate right 15, add a constant) so CRCs of CRCs stay strong. */
export function maskCrc(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + MASK_DELTA) >>> 0;
}

export function unmaskCrc(masked: number): number {
  const rot = (masked - MASK_DELTA) >>> 0;
  return ((rot >>> 17) | (rot << 15)) >>> 0;
}
