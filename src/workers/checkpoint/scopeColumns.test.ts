import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckpointVariable } from '../../formats/checkpoint';
import { testVariable } from '../../testing/checkpointVariable';
import { openNodeCheckpoint } from '../../formats/openNode';
import { fixture, haveSharedFixtures, sharedDir, V2_FIXTURES } from '../../testing/fixtures';
import { removeScaleDir, scaleDir, writeWideCheckpoint } from '../../../e2e/pages/scaleCheckpoints';
import { splitsDots } from './scopeColumns';
import { columnBuffers, encodeVariables, VariableTable } from './variableColumns';

const have = haveSharedFixtures();
const collator = new Intl.Collator('en', { numeric: true });

interface OracleScope {
  parent: string | null;
  label: string;
  depth: number;
  direct: number[];
  children: string[];
  count: number;
  params: number;
  bytes: number;
}

/**
 * The scope tree the slow, obvious way: a map of path strings. A scope is a name prefix ending
 * before a separator that is not the name's first character.
 */
function oracle(variables: readonly CheckpointVariable[], splitDots: boolean): Map<string, OracleScope> {
  const isSep = (c: string | undefined) => c === '/' || (splitDots && c === '.');
  const lastCut = (path: string) => {
    for (let i = path.length - 1; i > 0; i--) if (isSep(path[i])) return i;
    return -1;
  };
  const scopes = new Map<string, OracleScope>();
  const ensure = (path: string): OracleScope => {
    const found = scopes.get(path);
    if (found) return found;
    const cut = lastCut(path);
    const parentPath = path === '' ? null : cut < 0 ? '' : path.slice(0, cut);
    const parent = parentPath === null ? null : ensure(parentPath);
    let sep = path.length - 1;
    while (sep >= 0 && !isSep(path[sep])) sep--;
    const node: OracleScope = {
      parent: parentPath,
      label: path.slice(sep + 1),
      depth: parent ? parent.depth + 1 : 0,
      direct: [],
      children: [],
      count: 0,
      params: 0,
      bytes: 0,
    };
    scopes.set(path, node);
    parent?.children.push(path);
    return node;
  };
  ensure('');
  variables.forEach((v, i) => {
    const cut = lastCut(v.name);
    let path: string | null = cut < 0 ? '' : v.name.slice(0, cut);
    ensure(path).direct.push(i);
    for (; path !== null; path = scopes.get(path)!.parent) {
      const node = scopes.get(path)!;
      node.count++;
      node.params += v.shape.reduce((a, b) => a * b, 1);
      node.bytes += v.bytes;
    }
  });
  return scopes;
}

/** Checks every scope of the table against the oracle, children and variables in natural name order. */
function expectSameTree(variables: readonly CheckpointVariable[], splitDots: boolean, table?: VariableTable) {
  const t = table ?? VariableTable.of(variables, splitDots);
  const scopes = t.scopes;
  const want = oracle(variables, splitDots);
  expect(scopes.splitDots).toBe(splitDots);
  const actual: unknown[] = [];
  for (let s = 0; s < scopes.length; s++) {
    const parent = scopes.parent(s);
    expect(parent).toBeLessThan(s);
    const direct = Array.from(scopes.variables(s));
    actual.push({
      path: scopes.path(s),
      parent: parent < 0 ? null : scopes.path(parent),
      label: scopes.label(s),
      depth: scopes.depth(s),
      totals: [scopes.variableCount(s), scopes.paramCount(s), scopes.bytes(s)],
      counts: [scopes.directVariableCount(s), scopes.childCount(s)],
      children: Array.from(scopes.children(s), (c) => scopes.path(c)),
      direct,
      placed: direct.every((v) => scopes.scopeOf(v) === s),
    });
  }
  const expected = [...want].map(([path, w]) => ({
    path,
    parent: w.parent,
    label: w.label,
    depth: w.depth,
    totals: [w.count, w.params, w.bytes],
    counts: [w.direct.length, w.children.length],
    children: [...w.children].sort((a, b) => collator.compare(want.get(a)!.label, want.get(b)!.label)),
    direct: [...w.direct].sort((a, b) => collator.compare(variables[a]!.name, variables[b]!.name)),
    placed: true,
  }));
  const byPath = (a: unknown, b: unknown) =>
    (a as { path: string }).path < (b as { path: string }).path ? -1 : 1;
  expect(actual.sort(byPath)).toEqual(expected.sort(byPath));
}

const variable = (name: string, shape?: number[]) => testVariable(name, shape);

describe('scope columns: awkward names', () => {
  const names = [
    'tower_0/cell_10/conv/weights',
    'tower_0/cell_2/conv/weights',
    'tower_0/cell_2/conv/weights/RMSProp',
    'global_step',
    '/leading/slash',
    'leading/slash',
    '//double',
    'a//b',
    'a/',
    '',
    'a',
    'état/poids_ü',
    'état/😀/kernel',
    'Modèle.cell_0.bn.weight',
    'x.y/z',
  ];
  it('match the obvious path-map tree, splitting on `/` only or on `.` too', () => {
    const vars = names.map((n, i) => variable(n, [i + 1]));
    expectSameTree(vars, false);
    expectSameTree(vars, true);
    expectSameTree([...vars].reverse(), false);
    expectSameTree([...vars].reverse(), true);
  });
  it('put a variable that is also a scope (a slot under its weight) in both places', () => {
    const table = VariableTable.of(names.map((n) => variable(n)));
    const s = table.scopes.find('tower_0/cell_2/conv/weights');
    expect(Array.from(table.scopes.variables(s), (v) => table.name(v))).toEqual([
      'tower_0/cell_2/conv/weights/RMSProp',
    ]);
    expect(table.scopes.find('tower_0/cell_2/conv/weights/RMSProp')).toBe(-1);
  });
  it('an empty listing has only the root', () => {
    const table = VariableTable.of([]);
    expect(table.scopes.length).toBe(1);
    expect(table.scopes.children(0)).toHaveLength(0);
    expect(table.scopes.variableCount(0)).toBe(0);
  });
  it('sorts lazily, and every scope within budgeted slices', () => {
    const table = VariableTable.of(names.map((n) => variable(n)));
    expect(table.scopes.isSorted(1)).toBe(false);
    const cursor = { next: 0 };
    while (!table.scopes.sortWithin(0, cursor));
    for (let s = 0; s < table.scopes.length; s++) expect(table.scopes.isSorted(s)).toBe(true);
  });
});

describe('scope columns over a transfer', () => {
  it('detach the sender and read the same on the other side', async () => {
    const vars = ['b/x', 'a/cell_10/w', 'a/cell_2/w', 'a/cell_2/v'].map((n) => variable(n));
    const columns = encodeVariables(vars);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<VariableTable>((resolve) =>
      port2.addEventListener('message', (e) => resolve(new VariableTable(e.data as typeof columns)), {
        once: true,
      }),
    );
    port2.start();
    port1.postMessage(columns, columnBuffers(columns));
    expect(columns.scopes.parents.byteLength).toBe(0);
    expect(columns.scopes.variableList.byteLength).toBe(0);
    const table = await received;
    port1.close();
    port2.close();
    expectSameTree(vars, false, table);
    const a = table.scopes.find('a');
    expect(Array.from(table.scopes.children(a), (c) => table.scopes.label(c))).toEqual(['cell_2', 'cell_10']);
  });
});

describe.skipIf(!have)('scope columns of real checkpoints', () => {
  it.each(V2_FIXTURES.map((f) => f.prefix))('TF %s', async (prefix) => {
    const reader = await openNodeCheckpoint(fixture(prefix));
    expect(reader.variables.length).toBeGreaterThan(0);
    expectSameTree(reader.variables, false);
  });

  it.each(['nested.pth', 'nested-legacy.pth', 'tiny-net.pth', 'views.pth'])(
    'PyTorch %s nests on dots',
    async (file) => {
      const reader = await openNodeCheckpoint(join(sharedDir, 'fixtures', 'torch', file));
      expect(splitsDots(reader.format)).toBe(true);
      expectSameTree(reader.variables, true);
    },
  );
});

describe('scope columns of the generated 100,000-variable checkpoint', () => {
  it('match the path-map tree, in listing order and shuffled', async () => {
    const dir = await scaleDir();
    try {
      const wide = await writeWideCheckpoint(dir, 100_000);
      const reader = await openNodeCheckpoint(wide.prefix);
      expect(reader.variables).toHaveLength(100_000);
      const table = VariableTable.of(reader.variables);
      expect(table.scopes.length).toBe(1 + 1 + 10 + 100 + 10_000 * 6);
      expectSameTree(reader.variables, false, table);
      const stage = table.scopes.find('net/stage_3');
      expect([table.scopes.variableCount(stage), table.scopes.childCount(stage)]).toEqual([10_000, 10]);
      // A listing in no particular order goes through the same lookups.
      const shuffled = [...reader.variables];
      let seed = 7;
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 16807) % 2147483647;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expectSameTree(shuffled, false);
    } finally {
      await removeScaleDir(dir);
    }
  }, 120_000);
});
