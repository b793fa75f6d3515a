import { describe, expect, it } from 'vitest';
import type { CheckpointVariable } from '../../formats/checkpoint';
import { testVariable } from '../../testing/checkpointVariable';
import { VariableTable } from '../../state/variableTable';
import { ancestorPaths, leafName, scopeTreeOf } from './scopeTree';
import { filterVariables } from './treeFilter';
import { visibleRows } from './treeRows';

const v = testVariable;

const vars = [
  v('tower_0/cell_10/conv/weights', [1, 1, 8, 8]),
  v('tower_0/cell_2/conv/weights', [1, 1, 4, 4]),
  v('tower_0/cell_2/conv/weights/RMSProp', [1, 1, 4, 4], 'optimizer_slot'),
  v('global_step', [], 'bookkeeping'),
];

const treeOf = (list: CheckpointVariable[], splitDots = false) =>
  scopeTreeOf(VariableTable.of(list, splitDots));
const pathsOf = (t: ReturnType<typeof treeOf>) =>
  Array.from({ length: t.scopes.length }, (_, s) => t.scopes.path(s));

describe('scope tree', () => {
  const tree = treeOf(vars);
  it('sums variables, parameters and bytes per scope', () => {
    expect(tree.scopes.variableCount(0)).toBe(4);
    expect(tree.scopes.paramCount(0)).toBe(64 + 16 + 16 + 1);
    const tower = tree.scopes.find('tower_0');
    expect(tree.scopes.variableCount(tower)).toBe(3);
    expect(tree.scopes.bytes(tower)).toBe(4 * (64 + 16 + 16));
  });
  it('orders scopes naturally (cell_2 before cell_10)', () => {
    const tower = tree.scopes.find('tower_0');
    expect(Array.from(tree.scopes.children(tower), (c) => tree.scopes.label(c))).toEqual([
      'cell_2',
      'cell_10',
    ]);
  });
  it('sorts scopes on demand, and all of them in budgeted slices', () => {
    const reversed = [...vars].reverse();
    const fresh = treeOf(reversed);
    expect(fresh.scopes.isSorted(fresh.scopes.find('tower_0'))).toBe(false);
    const cursor = { next: 0 };
    while (!fresh.scopes.sortWithin(0, cursor));
    for (let s = 0; s < fresh.scopes.length; s++) expect(fresh.scopes.isSorted(s)).toBe(true);
    const tower = fresh.scopes.find('tower_0');
    expect(Array.from(fresh.scopes.children(tower), (c) => fresh.scopes.label(c))).toEqual([
      'cell_2',
      'cell_10',
    ]);
    const names = (t: ReturnType<typeof treeOf>, list: typeof vars) =>
      visibleRows(t, new Set(['tower_0', 'tower_0/cell_2']), null).map((r) =>
        r.kind === 'scope' ? t.scopes.path(r.scope) : list[r.variable]!.name,
      );
    expect(names(fresh, reversed)).toEqual(names(treeOf(vars), vars));
    const totals = (t: ReturnType<typeof treeOf>) =>
      pathsOf(t)
        .map((p, s) => `${p}:${t.scopes.variableCount(s)}:${t.scopes.paramCount(s)}:${t.scopes.bytes(s)}`)
        .sort();
    expect(totals(fresh)).toEqual(totals(treeOf(vars)));
  });
  it('treats a variable that is also a scope (slot under its weight) as both', () => {
    const weights = tree.scopes.find('tower_0/cell_2/conv/weights');
    expect(Array.from(tree.scopes.variables(weights), (i) => vars[i]!.name)).toEqual([
      'tower_0/cell_2/conv/weights/RMSProp',
    ]);
  });
});

describe('visibleRows', () => {
  const tree = treeOf(vars);
  it('shows only top level until scopes are expanded', () => {
    const rows = visibleRows(tree, new Set(), null);
    expect(rows.map((r) => r.kind)).toEqual(['scope', 'variable']);
    const opened = visibleRows(tree, new Set(['tower_0']), null);
    expect(opened).toHaveLength(4);
  });
  it('opens every ancestor of a match while filtering', () => {
    const f = filterVariables(tree, { query: 'rmsprop', regex: false, status: 'all' }, () => 'unmatched');
    expect(f.count).toBe(1);
    const rows = visibleRows(tree, new Set(), f.matches);
    const last = rows[rows.length - 1]!;
    expect(last.kind === 'variable' && vars[last.variable]!.name).toBe('tower_0/cell_2/conv/weights/RMSProp');
    expect(rows.filter((r) => r.kind === 'scope')).toHaveLength(4);
    // A scope the user closed while filtering stays closed (and its hits hidden).
    const closed = visibleRows(tree, new Set(['!tower_0/cell_2']), f.matches);
    expect(
      closed.map((r) => (r.kind === 'scope' ? `${tree.scopes.path(r.scope)}:${r.expanded}` : 'var')),
    ).toEqual(['tower_0:true', 'tower_0/cell_2:false']);
  });
  it('filters by regex and by status, and reports a bad regex', () => {
    const re = filterVariables(
      tree,
      { query: 'cell_\\d+/conv/weights$', regex: true, status: 'all' },
      () => 'matched',
    );
    expect(re.count).toBe(2);
    const st = filterVariables(tree, { query: '', regex: false, status: 'excluded' }, (i) =>
      vars[i]!.role === 'weight' ? 'matched' : 'excluded',
    );
    expect(st.count).toBe(2);
    expect(
      filterVariables(tree, { query: '(', regex: true, status: 'all' }, () => 'matched').error,
    ).toBeTruthy();
  });
});

describe('PyTorch keys nest on dots', () => {
  const torch = [
    v('state_dict/module.cell_0.conv_1x1.bn.weight', [8]),
    v('state_dict/module.cell_0.conv_1x1.conv.weight', [8, 4, 1, 1]),
    v('epoch', [], 'metadata'),
  ];
  it('splits on `.` and `/` when asked, and only on `/` otherwise', () => {
    const tree = treeOf(torch, true);
    expect(pathsOf(tree)).toEqual([
      '',
      'state_dict',
      'state_dict/module',
      'state_dict/module.cell_0',
      'state_dict/module.cell_0.conv_1x1',
      'state_dict/module.cell_0.conv_1x1.bn',
      'state_dict/module.cell_0.conv_1x1.conv',
    ]);
    expect([1, 2, 3].map((s) => tree.scopes.label(s))).toEqual(['state_dict', 'module', 'cell_0']);
    expect(tree.scopes.variableCount(2)).toBe(2);
    expect(leafName(torch[0]!.name, true)).toBe('weight');
    expect(ancestorPaths(torch[0]!.name, true)).toEqual(pathsOf(tree).slice(1, 6));
    expect(pathsOf(treeOf(torch))).toEqual(['', 'state_dict']);
  });
});

describe('filterVariables over the columns', () => {
  const names = ['a/conv/weights', 'a/conv/biases', 'b/conv/weights', 'b/fc/weights', 'c/x'];
  const table = VariableTable.of(
    names.map((name, i) => ({
      name,
      ...(i === 4 ? { fullName: 'Keras/Dense/KERNEL' } : {}),
      dtype: 'float32' as const,
      shape: [1],
      bytes: 4,
      shard: 0,
      offset: 0,
      role: i === 1 ? ('optimizer_slot' as const) : ('weight' as const),
    })),
  );
  const tree = scopeTreeOf(table);
  const hits = (query: string, regex = false, status: 'all' | 'excluded' = 'all') => {
    const r = filterVariables(tree, { query, regex, status }, (i) =>
      table.role(i) === 'weight' ? 'unmatched' : 'excluded',
    );
    return r.matches ? names.filter((_, i) => r.matches![i]) : null;
  };
  it('substring hits stay inside one variable and match the full name, case-insensitively', () => {
    expect(hits('')).toBeNull();
    expect(hits('CONV/W')).toEqual(['a/conv/weights', 'b/conv/weights']);
    expect(hits('weightsa')).toEqual([]);
    expect(hits('dense/kernel')).toEqual(['c/x']);
    expect(hits('weights', false, 'excluded')).toEqual([]);
    expect(hits('', false, 'excluded')).toEqual(['a/conv/biases']);
  });
  it('regular expressions test each variable on its own', () => {
    expect(hits('^b/.*weights$', true)).toEqual(['b/conv/weights', 'b/fc/weights']);
    expect(hits('s$', true)).toEqual(['a/conv/weights', 'a/conv/biases', 'b/conv/weights', 'b/fc/weights']);
    const bad = filterVariables(tree, { query: '(', regex: true, status: 'all' }, () => 'unmatched');
    expect(bad.error).toBeTruthy();
    expect(bad.count).toBe(0);
  });
});
