/**
 * A single `.npy` opened as a weight source holding one variable named after the file
 * (`conv1_weights.npy` → `conv1_weights`). Only the header is read when opening.
 */
import { SlimscopeError } from '../../base/errors';
import type { ByteSource } from '../bytes/byteSource';
import type { CheckpointReader, CheckpointVariable, TensorData } from '../checkpoint';
import { decodeNpyData, npyArrayName } from './npy';
import { checkDataLength, readNpyHeader, type NpyHeader } from './npyHeader';

export class NpyReader implements CheckpointReader {
  readonly format = 'npy' as const;
  readonly warnings: SlimscopeError[] = [];
  readonly variables: CheckpointVariable[];

  private constructor(
    private readonly source: ByteSource,
    private readonly header: NpyHeader,
  ) {
    this.variables = [
      {
        name: npyArrayName(source.name),
        dtype: header.element.dtype,
        shape: header.shape,
        bytes: header.dataLength,
        shard: 0,
        offset: header.dataOffset,
        role: 'weight',
      },
    ];
  }

  get prefix(): string {
    return this.source.name;
  }

  static async open(source: ByteSource): Promise<NpyReader> {
    const header = await readNpyHeader(source);
    checkDataLength(header, source.size - header.dataOffset, source.name);
    return new NpyReader(source, header);
  }

  async readTensor(name: string): Promise<TensorData> {
    const variable = this.variables[0];
    if (name !== variable?.name) {
      throw new SlimscopeError({
        code: 'NOT_FOUND',
        file: this.source.name,
        problem: `This .npy holds only ${variable?.name}, not ${name}.`,
        hint: 'Pick the array the file holds.',
      });
    }
    const data = await this.source.read(this.header.dataOffset, this.header.dataLength);
    return { name, ...decodeNpyData(this.header, data, this.source.name) };
  }
}

export function openNpy(source: ByteSource): Promise<NpyReader> {
  return NpyReader.open(source);
}
