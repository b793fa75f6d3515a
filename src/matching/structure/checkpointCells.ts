/**
 * Checkpoint variables grouped into cells, each with its place in the cell read from its name.
 * The cell is the first name part that carries a number (`cell_3`, `normal_A_block_5`), a
 * layer-name suffix for flat names (`…_left1_5`), or, at level 2, that part and the next one
 * (`stage2/unit3`, `stem/a`).
 */
import type { WeightEntry } from '../leftovers';
import { paramKind, splitComponents, type ParamKind } from '../names';
import { flatCellIds, splitGroup } from './cells';
import { foreignLocalKey, type LocalKey } from './localKeys';

export interface Item<V> {
  v: V;
  key: LocalKey;
}

/** Local paths repeat in every cell: each (path, parameter) is read once per matching run. */
export function memoKeys<K>(read: (local: readonly string[], param: ParamKind) => K): typeof read {
  const cache = new Map<string, K>();
  return (local, param) => {
    const id = `${local.join('/')}\u0000${param}`;
    let k = cache.get(id);
    if (k === undefined) cache.set(id, (k = read(local, param)));
    return k;
  };
}

/** The group one level deeper: the next name part joins the cell id. */
function deeper(g: { group: string; local: string[] }): typeof g {
  if (g.local.length < 2) return g;
  return { group: `${g.group}/${g.local[0] as string}`, local: g.local.slice(1) };
}

export function checkpointItems(
  weights: readonly WeightEntry[],
  statScopes: ReadonlySet<string>,
  level: 1 | 2 = 1,
): Map<string, Item<WeightEntry>[]> {
  const cells = new Map<string, Item<WeightEntry>[]>();
  const localKey = memoKeys(foreignLocalKey);
  const split = weights.map((w) => ({ w, comps: splitComponents(w.norm) }));
  const groups = split.map(({ comps }) => {
    const g = splitGroup(comps);
    return level === 2 ? deeper(g) : g;
  });
  // Names with no scope below their group may carry the cell as a layer-name suffix instead.
  const flat = flatCellIds(
    split.flatMap(({ comps }, i) => (groups[i]?.local.length ? [] : [comps[comps.length - 2] ?? ''])),
  );
  split.forEach(({ w, comps }, i) => {
    const scope = comps.slice(0, -1);
    const param = paramKind(
      comps[comps.length - 1] as string,
      scope,
      statScopes.has(scope.join('/').toLowerCase()),
    );
    if (!param) return;
    let { group, local } = groups[i] as { group: string; local: string[] };
    const suffix = local.length === 0 ? flat.get(scope[scope.length - 1] ?? '') : undefined;
    if (suffix) {
      group = [...scope.slice(0, -1), suffix.cell].join('/');
      local = [suffix.rest];
    }
    const key = localKey(local, param);
    if (!key) return;
    const list = cells.get(group);
    if (list) list.push({ v: w, key });
    else cells.set(group, [{ v: w, key }]);
  });
  return cells;
}
