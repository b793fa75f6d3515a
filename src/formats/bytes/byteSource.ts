/**
 * Random access to the bytes of one file. The browser implementation slices a Blob, Node reads a
 * file handle; every format reads through this so that no shard is ever loaded whole.
 */
export interface ByteSource {
  /** The file's name as the user knows it (used in error messages). */
  readonly name: string;
  readonly size: number;
  /** Reads exactly `length` bytes at `offset`; rejects with TRUNCATED if the file is shorter. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Optional: reads exactly `target.length` bytes at `offset` straight into `target` (Node file
   * handles), so chunked readers fill their final buffer without one more copy.
   */
  readInto?(offset: number, target: Uint8Array): Promise<void>;
}
