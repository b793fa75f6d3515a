import { applyClick, unmap, type MatchSession } from '../../matching/session';

export interface SimulatedUser {
  clicks: number;
  session: MatchSession;
  /** Each click as [checkpoint or null (unmap), graph]. */
  log: Array<[string | null, string]>;
  /** Graph variables the user could not fix (the click was refused). */
  stuck: string[];
}

/**
 * A scripted user who always corrects the first wrong or missing pair (in graph order), accepting
 * every generalization preview, until the mapping equals `truth` (graph name → checkpoint key;
 * absent = the variable should stay without weights).
 */
export function simulateUser(
  start: MatchSession,
  truth: ReadonlyMap<string, string>,
  maxClicks = 10_000,
): SimulatedUser {
  let s = start;
  const log: Array<[string | null, string]> = [];
  const stuck = new Set<string>();
  for (;;) {
    const wrong = s.graph.find(
      (g) => !stuck.has(g.name) && s.pairs.get(g.name)?.checkpoint !== truth.get(g.name),
    );
    if (!wrong || log.length >= maxClicks) break;
    const want = truth.get(wrong.name);
    log.push([want ?? null, wrong.name]);
    if (want === undefined) {
      s = unmap(s, wrong.name);
      continue;
    }
    const out = applyClick(s, want, wrong.name);
    if (!out.check.ok) stuck.add(wrong.name);
    s = out.session;
  }
  return { clicks: log.length, session: s, log, stuck: [...stuck] };
}
