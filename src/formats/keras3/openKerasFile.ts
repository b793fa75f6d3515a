/**
 * A `.keras` file is a Keras 3 zip archive, or (Keras 2 `model.save('x.keras')` in some versions,
 * renamed files) an HDF5 file: the first bytes decide, not the name.
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader } from '../checkpoint';
import { openKerasH5 } from '../keras/kerasH5Reader';
import { openKeras3 } from './keras3Reader';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const HDF5 = [0x89, 0x48, 0x44, 0x46];

export async function openKerasFile(source: ByteSource): Promise<CheckpointReader> {
  const head = await source.read(0, Math.min(4, source.size));
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (starts(ZIP)) return openKeras3(source);
  if (starts(HDF5)) return openKerasH5(source);
  throw new SlimscopeError({
    code: 'BAD_FORMAT',
    file: source.name,
    problem:
      'This .keras file is neither a Keras 3 archive (ZIP) nor a Keras 2 HDF5 file: its first bytes are neither.',
    hint: 'Save the model again with model.save("model.keras").',
  });
}
