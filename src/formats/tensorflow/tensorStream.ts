import type { ReadOptions, TensorValues } from '../checkpoint';
import { crc32cExtend, maskCrc } from '../bytes/crc32c';
import type { BundleReader } from './bundleReader';
import { elementSize, swapUnit } from './dtypes';
import { byteSwap, fixedValues } from './tensorBytes';
import { cancelledRead, READ_CHUNK } from './tensorRead';

export interface StreamOptions extends ReadOptions {
  /** Upper bound of one chunk in bytes (rounded down to whole elements). */
  chunkBytes?: number;
}

/**
 * Yields a stored tensor's values in bounded chunks (never the whole tensor at once) and verifies
 * the CRC32C incrementally: a mismatch is thrown after the last chunk, so consumers must treat
 * results as provisional until the generator finishes. Partitioned and string tensors are
 * yielded whole (they are assembled or decoded in one piece).
 */
export async function* streamBundleTensor(
  reader: BundleReader,
  name: string,
  options: StreamOptions = {},
): AsyncGenerator<TensorValues> {
  const e = reader.entryOrThrow(name);
  const dtype = reader.dtypeOf(e, name);
  if (e.slices || dtype === 'string') {
    yield (await reader.readTensor(name, options)).values;
    return;
  }
  const source = reader.checkedSource(name, e, dtype);
  const unit = elementSize(dtype);
  const chunk = Math.max(unit, Math.floor((options.chunkBytes ?? READ_CHUNK) / unit) * unit);
  const bigEndian = reader.index.header.bigEndian;
  const started = Date.now();
  let crc = 0;
  for (let done = 0; done < e.size;) {
    if (options.signal?.cancelled) throw cancelledRead(name);
    const n = Math.min(chunk, e.size - done);
    const bytes = await source.read(e.offset + done, n);
    crc = crc32cExtend(crc, bytes);
    if (bigEndian) byteSwap(bytes, swapUnit(dtype));
    done += n;
    const seconds = (Date.now() - started) / 1000;
    options.onProgress?.({
      phase: `reading ${name}`,
      done,
      total: e.size,
      ...(seconds > 0 ? { bytesPerSecond: done / seconds } : {}),
    });
    yield fixedValues(dtype, bytes);
  }
  reader.checkCrc(maskCrc(crc), e, name);
}
