import { describe, expect, it } from 'vitest';
import type { CheckpointVariable } from '../../formats/checkpoint';
import { columnBuffers, encodeVariables, VariableTable } from './variableColumns';

const variable = (name: string, extra: Partial<CheckpointVariable> = {}): CheckpointVariable => ({
  name,
  dtype: 'float32',
  shape: [3, 3, 8, 16],
  bytes: 3 * 3 * 8 * 16 * 4,
  shard: 0,
  offset: 0,
  role: 'weight',
  ...extra,
});

const listed: CheckpointVariable[] = [
  variable('conv0/weights', { offset: 128, shard: 1 }),
  variable('conv0/weights/ExponentialMovingAverage', { role: 'ema', dtype: 'float64', shape: [] }),
  variable('état/poids_ü', { fullName: 'Modèle/état/poids 😀', shape: [5_000_000_000] }),
  variable('layers/conv2d/vars/0', { fullName: 'stem_conv1/kernel', layerClass: 'Conv2D' }),
  variable('epoch', { role: 'metadata', dtype: 'int64', shape: [], value: '12' }),
  variable('dense/kernel', { quantization: { dtype: 'uint8', scale: 0.5, min: -1 }, slices: 2 }),
  variable('', { role: 'bookkeeping', shape: [0] }),
  variable('step', { role: 'bookkeeping', dtype: 'int64', shape: [], value: '' }),
];

describe('variable columns', () => {
  it('round-trip every field, ASCII or not, optional fields only where set', () => {
    const table = VariableTable.of(listed);
    expect(table.length).toBe(listed.length);
    expect(table.toArray()).toEqual(listed);
    expect(table.name(2)).toBe('état/poids_ü');
    expect(table.fullName(2)).toBe('Modèle/état/poids 😀');
    expect(table.elements(2)).toBe(5_000_000_000);
    expect(table.value(7)).toBe('');
    expect(table.value(0)).toBeUndefined();
    expect(table.get(3)).toBe(table.get(3));
  });

  it('finds a variable by its whole stored name only', () => {
    const table = VariableTable.of(listed);
    expect(table.indexOf('conv0/weights')).toBe(0);
    expect(table.indexOf('conv0/weights/ExponentialMovingAverage')).toBe(1);
    expect(table.indexOf('weights')).toBe(-1);
    expect(table.indexOf('epochstep')).toBe(-1);
    expect(table.indexOf('step')).toBe(7);
    expect(table.byName('dense/kernel')?.slices).toBe(2);
    expect(VariableTable.of([]).indexOf('x')).toBe(-1);
  });

  it('search text: lower-cased name, plus the full name where it differs', () => {
    const table = VariableTable.of(listed);
    const { text, starts } = table.searchText();
    const at = (i: number) => text.slice(starts[i], starts[i + 1]);
    expect(at(0)).toBe('conv0/weights');
    expect(at(2)).toBe('état/poids_ü\nmodèle/état/poids 😀');
    expect(at(3)).toBe('layers/conv2d/vars/0\nstem_conv1/kernel');
  });

  it('transfers its buffers: the sender is left with detached arrays', () => {
    const columns = encodeVariables(listed);
    const buffers = columnBuffers(columns);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<VariableTable>((resolve) =>
      port2.addEventListener('message', (e) => resolve(new VariableTable(e.data as typeof columns)), {
        once: true,
      }),
    );
    port2.start();
    port1.postMessage(columns, buffers);
    expect(columns.names.starts.byteLength).toBe(0);
    return received.then((table) => {
      expect(table.toArray()).toEqual(listed);
      port1.close();
      port2.close();
    });
  });
});
