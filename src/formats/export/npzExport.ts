/**
 * All mapped weights as one `.npz` keyed by graph names: the same entries as a re-keyed checkpoint
 * export, each tensor read (or produced, transforms applied by the caller) only when its member
 * is written.
 */
import type { TensorData } from '../checkpoint';
import { npzChunks, type NpzMember, type NpzWriteOptions } from '../numpy/npzWriter';
import type { RekeyedExportRequest } from './exportPlan';
import { planRekeyedExport } from './exportPlan';

export function npzMembersForExport(request: RekeyedExportRequest): NpzMember[] {
  const { reader } = request;
  // The plan validates names and sources exactly as the checkpoint export does.
  const plan = planRekeyedExport({ ...request, reader: withoutCopies(reader) });
  return plan.tensors.map((t) => ({
    name: t.name,
    tensor: async (): Promise<TensorData> => ({
      ...(await (t.produce as () => Promise<TensorData>)()),
      name: t.name,
    }),
  }));
}

/** Hides the TF reader's identity so the plan produces every tensor instead of copying bytes. */
function withoutCopies(reader: RekeyedExportRequest['reader']): RekeyedExportRequest['reader'] {
  return {
    format: reader.format,
    prefix: reader.prefix,
    variables: reader.variables,
    warnings: reader.warnings,
    readTensor: (name, options) => reader.readTensor(name, options),
  };
}

/** Yields the .npz bytes (members in TF key order, names = graph names). */
export function exportNpzChunks(
  request: RekeyedExportRequest,
  options: NpzWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  return npzChunks(npzMembersForExport(request), options);
}
