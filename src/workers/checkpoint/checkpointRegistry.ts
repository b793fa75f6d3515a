import type { CheckpointReader } from '../../formats/checkpoint';
import type { CheckpointIdentity } from '../../formats/mapping/document';
import type { CheckpointMeta } from './checkpointCatalogue';

export interface OpenEntry {
  reader: CheckpointReader;
  meta: CheckpointMeta;
  /** What a mapping document records about this checkpoint. */
  identity: CheckpointIdentity;
}

/** Readers opened in this worker, by handle. The main thread only ever holds the handle. */
export class CheckpointRegistry {
  private nextHandle = 1;
  private readonly entries = new Map<number, OpenEntry>();

  add(
    reader: CheckpointReader,
    identity: CheckpointIdentity,
    describe: (handle: number) => CheckpointMeta,
  ): CheckpointMeta {
    const handle = this.nextHandle++;
    const meta = describe(handle);
    this.entries.set(handle, { reader, meta, identity });
    return meta;
  }

  get(handle: number): OpenEntry {
    const entry = this.entries.get(handle);
    if (!entry) throw new Error(`checkpoint handle ${handle} is not open`);
    return entry;
  }

  delete(handle: number): void {
    this.entries.delete(handle);
  }
}
