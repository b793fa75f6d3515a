import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../bytes/readChecks';
import { HOSTILE_PICKLES, inLegacy, inZip } from '../../testing/fuzz/torchSeeds';
import { openPytorch } from './openPytorch';

/** What each hostile pickle must end in: a typed error code, or a listing (opaque / metadata values). */
const OUTCOMES: Record<keyof typeof HOSTILE_PICKLES, { code: string } | { values: Record<string, string> }> =
  {
    'unknown-opcode': { code: 'BAD_FORMAT' },
    'huge-unicode-length': { code: 'TRUNCATED' },
    'huge-bytes8-length': { code: 'TRUNCATED' },
    'huge-long4': { code: 'BAD_FORMAT' },
    'os-system-reduce': { values: { 'os-system-reduce': 'object of class `os.system` (not read)' } },
    'os-system-stack-global': {
      values: { 'os-system-stack-global': 'object of class `os.system` (not read)' },
    },
    'eval-in-dict': { values: { x: 'object of class `builtins.eval` (not read)' } },
    'deep-nesting': { values: { [`${'0/'.repeat(199)}0`]: 'nested deeper than 200 levels (not read)' } },
    'self-reference': { values: { '0': '(recursive reference)' } },
    'exponential-dag': {
      values: {
        [`${'0/'.repeat(59)}1`]: '[]',
        [`${'0/'.repeat(58)}1`]: `(same object as ${'0/'.repeat(58)}0)`,
      },
    },
    'module-self-reference': {
      values: {
        'module-self-reference':
          'module of class `mymodels.Net` (its tensors are listed as its state_dict names; no code run)',
        self: '(recursive reference)',
      },
    },
    'module-exponential-dag': {
      values: { b: '(same module as a)', [`${'a.'.repeat(39)}b`]: `(same module as ${'a.'.repeat(39)}a)` },
    },
    'many-marks': { values: { 'many-marks': '()' } },
    'tensor-outside-storage': { code: 'BAD_FORMAT' },
  };

describe('hostile pickles end in a typed error or an opaque value, never code or a hang', () => {
  for (const [name, pickle] of Object.entries(HOSTILE_PICKLES)) {
    for (const [form, bytes] of [
      ['zip', inZip(pickle)],
      ['legacy', inLegacy(pickle)],
    ] as const) {
      it(`${name} (${form})`, async () => {
        const file = form === 'zip' ? `${name}.pth` : `${name}-legacy.pth`;
        const want = OUTCOMES[name as keyof typeof HOSTILE_PICKLES]!;
        const opened = openPytorch(memoryByteSource(file.replace('-legacy', ''), bytes));
        if ('code' in want) {
          await expect(opened).rejects.toMatchObject({ name: 'SlimscopeError', code: want.code });
        } else {
          const r = await opened;
          const shown = Object.fromEntries(r.variables.map((v) => [v.name, v.value]));
          expect(shown).toMatchObject(want.values);
          expect(r.variables.length).toBeLessThanOrEqual(61);
          for (const v of r.variables) await expect(r.readTensor(v.name)).resolves.toBeDefined();
        }
      });
    }
  }
});
