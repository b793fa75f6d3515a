import type { Method } from '../rpc/protocol';

/** Files an export produced, as Blobs the main thread saves as downloads. */
export interface ExportedFiles {
  files: { fileName: string; blob: Blob }[];
  /** Unmapped extras left out because a graph name already uses their name. */
  skipped: string[];
  /** Metadata entries (epoch, arch, unread objects) left out of a re-keyed checkpoint: not tensors. */
  notTensors?: string[];
}

export type ExportCatalogue = {
  exportRekeyed: Method<{ handle: number; keepUnmapped: boolean }, ExportedFiles>;
  exportMappedNpz: Method<{ handle: number }, ExportedFiles>;
  /** One tensor as .npy: the checkpoint's as stored, or a graph variable's value after its transform. */
  exportTensorNpy: Method<{ handle: number; name: string; side: 'checkpoint' | 'graph' }, ExportedFiles>;
};
