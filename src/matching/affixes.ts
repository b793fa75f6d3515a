/**
 * Scope rewrites a checkpoint applies to every name (`tower_0/`, `model/`, `NASNet/`, a dropped
 * top scope, a trailing `/read` …), found by voting: no list of known prefixes.
 */

export interface Rewrite {
  /** Leading scope removed from checkpoint names ('' = none). */
  from: string;
  /** Leading scope the graph names have instead ('' = none). */
  to: string;
  /** Trailing components removed from checkpoint names. */
  dropTail: number;
  votes: number;
}

const MAX_DEPTH = 3;
const MIN_TAIL = 2;
/** A tail found under more scopes than this says nothing about which scope was meant. */
const MAX_PREFIXES = 4;

export const describeRewrite = (r: Rewrite): string => {
  const parts: string[] = [];
  if (r.from && r.to) parts.push(`scope '${r.from}/' → '${r.to}/'`);
  else if (r.from) parts.push(`prefix '${r.from}/' dropped`);
  else if (r.to) parts.push(`prefix '${r.to}/' added`);
  if (r.dropTail) parts.push(`last ${r.dropTail} name part(s) dropped`);
  return parts.join(', ') || 'identity';
};

const key = (r: Pick<Rewrite, 'from' | 'to' | 'dropTail'>): string =>
  `${r.from}\u0000${r.to}\u0000${r.dropTail}`;

/** Every way to cut a graph name into (prefix, tail) with a tail of at least MIN_TAIL parts. */
function tailIndex(graphNames: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const g of graphNames) {
    const comps = g.split('/');
    for (let j = 0; j <= MAX_DEPTH && comps.length - j >= MIN_TAIL; j++) {
      const tail = comps.slice(j).join('/');
      const list = index.get(tail);
      const prefix = comps.slice(0, j).join('/');
      if (list) list.push(prefix);
      else index.set(tail, [prefix]);
    }
  }
  return index;
}

/**
 * A consistent set of rewrites, strongest first: candidates are voted for by checkpoint names
 * that they turn into existing graph names; then, greedily, a rewrite is kept only if at least
 * `minVotes` names that no stronger kept rewrite already explains vote for it. So `tower_0/` is
 * kept once, not again as `tower_0/cell_3/` → `cell_3/`.
 */
export function discoverRewrites(
  ckptNames: Iterable<string>,
  graphNames: Iterable<string>,
  minVotes = 2,
): Rewrite[] {
  const index = tailIndex(graphNames);
  const votes = new Map<string, { r: Rewrite; voters: number[] }>();
  let n = 0;
  for (const c of ckptNames) {
    const voter = n++;
    const comps = c.split('/');
    const seen = new Set<string>();
    for (let drop = 0; drop <= 1; drop++) {
      const kept = comps.slice(0, comps.length - drop);
      for (let k = 0; k <= MAX_DEPTH && kept.length - k >= MIN_TAIL; k++) {
        const prefixes = index.get(kept.slice(k).join('/')) ?? [];
        if (prefixes.length > MAX_PREFIXES) continue;
        for (const to of prefixes) {
          const r = { from: kept.slice(0, k).join('/'), to, dropTail: drop, votes: 0 };
          const id = key(r);
          if ((!r.from && !r.to && !r.dropTail) || seen.has(id)) continue;
          seen.add(id);
          const cur = votes.get(id);
          if (cur) cur.voters.push(voter);
          else votes.set(id, { r, voters: [voter] });
        }
      }
    }
  }
  const explained = new Set<number>();
  const kept: Rewrite[] = [];
  for (const { r, voters } of [...votes.values()].sort((a, b) => b.voters.length - a.voters.length)) {
    if (voters.length < minVotes) break;
    const fresh = voters.filter((v) => !explained.has(v));
    if (fresh.length < minVotes) continue;
    for (const v of fresh) explained.add(v);
    kept.push({ ...r, votes: fresh.length });
  }
  return kept;
}

/** The graph name a rewrite turns `name` into, or null when the rewrite does not apply. */
export function applyRewrite(name: string, r: Rewrite): string | null {
  let comps = name.split('/');
  if (r.dropTail) comps = comps.slice(0, comps.length - r.dropTail);
  if (r.from) {
    const from = r.from.split('/');
    if (!from.every((f, i) => comps[i] === f)) return null;
    comps = comps.slice(from.length);
  }
  if (comps.length === 0) return null;
  return (r.to ? `${r.to}/` : '') + comps.join('/');
}
