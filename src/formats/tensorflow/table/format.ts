// Constants of the LevelDB-style table TF uses for `.index` files and V1 checkpoints
// (tensorflow/core/lib/io/format.h, table_builder.cc).

/** Footer = metaindex handle + index handle, zero-padded to 40 bytes, then the 8-byte magic. */
export const FOOTER_SIZE = 48;
export const MAX_HANDLES_SIZE = 40;
/** 0xdb4775248b80fb57 stored little endian. */
export const TABLE_MAGIC = Uint8Array.of(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb);
/** Every block is followed by 1 compression-type byte and a 4-byte masked CRC32C. */
export const BLOCK_TRAILER_SIZE = 5;
export const COMPRESSION_NONE = 0;
export const COMPRESSION_SNAPPY = 1;

export interface BlockHandle {
  offset: number;
  size: number;
}
