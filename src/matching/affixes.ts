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

/** Positions just after each of the first `max` slashes of `name` (0 first): where tails start. */
function cutPoints(name: string, max: number): number[] {
  const out = [0];
  for (let p = name.indexOf('/'); p >= 0 && out.length <= max; p = name.indexOf('/', p + 1)) out.push(p + 1);
  return out;
}

/** Number of `/`-separated parts of `name`. */
function partCount(name: string): number {
  let n = 1;
  for (let p = name.indexOf('/'); p >= 0; p = name.indexOf('/', p + 1)) n++;
  return n;
}

/** Every way to cut a graph name into (prefix, tail) with a tail of at least MIN_TAIL parts. */
function tailIndex(graphNames: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const g of graphNames) {
    const parts = partCount(g);
    const cuts = cutPoints(g, MAX_DEPTH);
    for (let j = 0; j < cuts.length && parts - j >= MIN_TAIL; j++) {
      const at = cuts[j] as number;
      const tail = g.slice(at);
      const prefix = j === 0 ? '' : g.slice(0, at - 1);
      const list = index.get(tail);
      if (list) list.push(prefix);
      else index.set(tail, [prefix]);
    }
  }
  return index;
}

interface Vote {
  r: Rewrite;
  voters: number[];
}

/** Records that checkpoint name number `voter` becomes a graph name under each rewrite found. */
function castVotes(c: string, voter: number, index: Map<string, string[]>, votes: Map<string, Vote>): void {
  const seen = new Set<string>();
  const lastCut = c.lastIndexOf('/');
  for (let drop = 0; drop <= 1; drop++) {
    if (drop === 1 && lastCut < 0) break;
    const kept = drop ? c.slice(0, lastCut) : c;
    const parts = partCount(kept);
    const cuts = cutPoints(kept, MAX_DEPTH);
    for (let k = 0; k < cuts.length && parts - k >= MIN_TAIL; k++) {
      const at = cuts[k] as number;
      const prefixes = index.get(k === 0 ? kept : kept.slice(at)) ?? [];
      if (prefixes.length === 0 || prefixes.length > MAX_PREFIXES) continue;
      const from = k === 0 ? '' : kept.slice(0, at - 1);
      for (const to of prefixes) {
        if (!from && !to && !drop) continue;
        const id = key({ from, to, dropTail: drop });
        if (seen.has(id)) continue;
        seen.add(id);
        const cur = votes.get(id);
        if (cur) cur.voters.push(voter);
        else votes.set(id, { r: { from, to, dropTail: drop, votes: 0 }, voters: [voter] });
      }
    }
  }
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
  const votes = new Map<string, Vote>();
  let n = 0;
  for (const c of ckptNames) castVotes(c, n++, index, votes);
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
