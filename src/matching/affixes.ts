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
 * Rewrites supported by at least `minVotes` names, strongest first. Only rewrites that change
 * something are returned; each vote is a checkpoint name that becomes an existing graph name.
 */
export function discoverRewrites(
  ckptNames: Iterable<string>,
  graphNames: Iterable<string>,
  minVotes = 2,
): Rewrite[] {
  const index = tailIndex(graphNames);
  const votes = new Map<string, Rewrite>();
  for (const c of ckptNames) {
    const comps = c.split('/');
    const seen = new Set<string>();
    for (let drop = 0; drop <= 1; drop++) {
      const kept = comps.slice(0, comps.length - drop);
      for (let k = 0; k <= MAX_DEPTH && kept.length - k >= MIN_TAIL; k++) {
        const prefixes = index.get(kept.slice(k).join('/'));
        if (!prefixes) continue;
        for (const to of prefixes) {
          const r = { from: kept.slice(0, k).join('/'), to, dropTail: drop, votes: 0 };
          if (!r.from && !r.to && !r.dropTail) continue;
          const id = key(r);
          if (seen.has(id)) continue;
          seen.add(id);
          const cur = votes.get(id);
          if (cur) cur.votes++;
          else votes.set(id, { ...r, votes: 1 });
        }
      }
    }
  }
  return [...votes.values()].filter((r) => r.votes >= minVotes).sort((a, b) => b.votes - a.votes);
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
