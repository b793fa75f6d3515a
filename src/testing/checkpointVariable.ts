import type { CheckpointVariable } from '../formats/checkpoint';

/** A float32 listing entry for tests: bytes from the shape, shard 0, offset 0. */
export const testVariable = (
  name: string,
  shape: number[] = [2, 3],
  role: CheckpointVariable['role'] = 'weight',
): CheckpointVariable => ({
  name,
  dtype: 'float32',
  shape,
  bytes: 4 * shape.reduce((a, b) => a * b, 1),
  shard: 0,
  offset: 0,
  role,
});
