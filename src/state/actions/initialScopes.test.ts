import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckpointVariable } from '../../formats/checkpoint';
import { openNodeCheckpoint } from '../../formats/openNode';
import { fixture, haveSharedFixtures, oracleDir, sharedDir, V2_FIXTURES } from '../../testing/fixtures';
import { VariableTable } from '../variableTable';
import { initiallyOpenScopes, slashScopeChain } from './initialScopes';

const have = haveSharedFixtures();
const v = (name: string): CheckpointVariable => ({
  name,
  dtype: 'float32',
  shape: [1],
  bytes: 4,
  shard: 0,
  offset: 0,
  role: 'weight',
});
const table = (names: string[], splitDots = false) => VariableTable.of(names.map(v), splitDots);

describe('scopes opened when a checkpoint opens', () => {
  it('open the chain of single-child scopes from the top, at most four, stopping at content', () => {
    expect(initiallyOpenScopes(table(['tower_0/cell_0/w', 'tower_0/cell_1/w']))).toEqual(['tower_0']);
    expect(initiallyOpenScopes(table(['a/b/c/d/e/f/w', 'a/b/c/d/e/f/v']))).toEqual([
      'a',
      'a/b',
      'a/b/c',
      'a/b/c/d',
    ]);
    // More than three variables beside the one child scope is content: stop there.
    expect(initiallyOpenScopes(table(['net/x/w', 'net/a', 'net/b', 'net/c']))).toEqual(['net', 'net/x']);
    expect(initiallyOpenScopes(table(['net/x/w', 'net/a', 'net/b', 'net/c', 'net/d']))).toEqual(['net']);
    expect(initiallyOpenScopes(table(['a/w', 'b/w']))).toEqual([]);
    expect(initiallyOpenScopes(table([]))).toEqual([]);
  });

  it('walking the scope tree opens what scanning the names for `/` scopes opens', () => {
    const lists = [
      ['tower_0/cell_10/conv/weights', 'tower_0/cell_2/conv/weights', 'tower_0/cell_2/conv/weights/RMSProp'],
      ['a//b/c', 'a//b/d'],
      ['a/', 'a/x/y', 'a/x/z'],
      ['only'],
      ['x/y/z', 'x/y/z/slot', 'x/y/zz'],
    ];
    for (const names of lists)
      expect(initiallyOpenScopes(table(names))).toEqual(slashScopeChain(table(names)));
  });

  it('PyTorch keys (scopes split on dots) open only their `/` scopes', () => {
    const torch = table(['state_dict/module.cell_0.bn.weight', 'state_dict/module.cell_0.conv.weight'], true);
    expect(initiallyOpenScopes(torch)).toEqual(['state_dict']);
  });
});

describe.skipIf(!have)('scopes opened for real checkpoints', () => {
  const prefixes = [
    ...V2_FIXTURES.map((f) => fixture(f.prefix)),
    join(oracleDir, 'nasnet-mobile', 'model.ckpt'),
    join(sharedDir, 'fixtures', 'torch', 'nested.pth'),
  ];
  it.each(prefixes)('%s: the same as the name scan', async (prefix) => {
    const reader = await openNodeCheckpoint(prefix);
    const listed = VariableTable.of(reader.variables);
    expect(initiallyOpenScopes(listed)).toEqual(slashScopeChain(listed));
  });
});
