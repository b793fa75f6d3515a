import { describe, expect, it } from 'vitest';
import { nasnetVariables } from '../model/nasnet/variables';
import { buildReport, formatReport } from './report';
import {
  acceptPreview,
  applyClick,
  createSession,
  dismissPreview,
  mapPair,
  redo,
  setLocked,
  setPreferEma,
  undo,
  unmap,
} from './session';
import { reduceSession } from '../testing/matching/sessionReducer';
import { simulateUser } from '../testing/matching/simulateUser';
import { obscureName } from '../testing/matching/renamers';
import type { MatchCheckpointVariable } from './types';

const graph = nasnetVariables('nasnet-mobile', 'inference');
const slimCkpt: MatchCheckpointVariable[] = graph.map((g) => ({
  name: g.name,
  shape: g.shape,
  dtype: 'float32',
  role: 'weight',
}));
const obscure = graph.map((g) => ({
  name: obscureName(g.name),
  shape: g.shape,
  dtype: 'float32' as const,
  role: 'weight' as const,
}));
const obscureTruth = new Map(graph.map((g) => [g.name, obscureName(g.name)]));

describe('manual pairs', () => {
  it('refuses an incompatible pair with the exact reason and leaves the session as it was', () => {
    const s = createSession(slimCkpt, graph);
    const out = mapPair(
      s,
      'cell_0/comb_iter_0/left/separable_5x5_1/depthwise_weights',
      'cell_0/comb_iter_0/right/separable_3x3_1/depthwise_weights',
    );
    expect(out.check.ok).toBe(false);
    expect(out.check.reason).toBe('[5,5,44,1] vs [3,3,44,1]: kernel 5x5 vs 3x3');
    expect(out.session).toBe(s);
  });

  it('generalizes one click to the analogous variables of every cell (preview, then accept)', () => {
    const s = createSession(obscure, graph);
    const g = 'cell_3/comb_iter_1/left/separable_5x5_2/depthwise_weights';
    expect(s.pairs.has(g)).toBe(false);
    const out = mapPair(s, obscureName(g), g);
    expect(out.check.ok).toBe(true);
    const preview = out.session.preview;
    expect(preview?.proposals.length).toBeGreaterThanOrEqual(20);
    expect(preview?.proposals).toContainEqual(
      expect.objectContaining({
        checkpoint: 'unit9/c0/a/s5_1.dw.weight',
        graph: 'cell_9/comb_iter_0/left/separable_5x5_1/depthwise_weights',
        how: 'rule',
      }),
    );
    expect(out.session.pairs.has('cell_9/comb_iter_0/left/separable_5x5_1/depthwise_weights')).toBe(false);
    const accepted = acceptPreview(out.session);
    for (const p of preview?.proposals ?? [])
      expect(accepted.pairs.get(p.graph)?.checkpoint).toBe(obscureTruth.get(p.graph));
    expect(undo(accepted).pairs).toBe(out.session.pairs);
    expect(
      dismissPreview(out.session).pairs.has('cell_9/comb_iter_0/left/separable_5x5_1/depthwise_weights'),
    ).toBe(false);
  });

  it('a scripted user completes an unreadable naming scheme in few clicks', () => {
    const r = simulateUser(createSession(obscure, graph), obscureTruth);
    expect(r.stuck).toEqual([]);
    for (const g of graph) expect(r.session.pairs.get(g.name)?.checkpoint).toBe(obscureTruth.get(g.name));
    expect(r.clicks).toBeLessThanOrEqual(30);
  });

  it('needs no click for Slim names', () => {
    const truth = new Map(graph.map((g) => [g.name, g.name]));
    expect(simulateUser(createSession(slimCkpt, graph), truth).clicks).toBe(0);
  });
});

describe('unmap, lock, undo/redo, EMA switch', () => {
  const g = 'cell_0/1x1/weights';

  it('unmaps, undoes and redoes', () => {
    const s = createSession(slimCkpt, graph);
    const u = unmap(s, g);
    expect(u.pairs.has(g)).toBe(false);
    expect(buildReport(u).missing).toEqual([g]);
    expect(buildReport(u).unused).toEqual([g]);
    expect(undo(u).pairs.get(g)?.checkpoint).toBe(g);
    expect(redo(undo(u)).pairs.has(g)).toBe(false);
    expect(reduceSession(u, { type: 'undo' }).pairs.has(g)).toBe(true);
  });

  it('a locked pair can be neither unmapped nor replaced', () => {
    const s = setLocked(createSession(slimCkpt, graph), g, true);
    expect(unmap(s, g)).toBe(s);
    const out = applyClick(s, 'cell_1/1x1/weights', g);
    expect(out.check.ok).toBe(false);
    expect(out.check.reason).toMatch(/locked/);
    expect(unmap(setLocked(s, g, false), g).pairs.has(g)).toBe(false);
  });

  it('switches between raw weights and moving averages, undoably', () => {
    const withEma = [
      ...slimCkpt,
      ...slimCkpt.map((v) => ({ ...v, name: `${v.name}/ExponentialMovingAverage`, role: 'ema' as const })),
    ];
    const s = createSession(withEma, graph);
    const e = setPreferEma(s, true);
    expect(e.pairs.get(g)?.checkpoint).toBe(`${g}/ExponentialMovingAverage`);
    expect(buildReport(e).unused).toEqual([]);
    expect(setPreferEma(e, false).pairs.get(g)?.checkpoint).toBe(g);
    expect(undo(e).preferEma).toBe(false);
  });

  it('reports like load_state_dict, complete', () => {
    const broken = slimCkpt
      .filter((v) => v.name !== 'final_layer/FC/biases')
      .map((v) => (v.name === 'cell_0/1x1/weights' ? { ...v, shape: [1, 1, 96, 44] } : v))
      .concat([{ name: 'extra/thing', shape: [7], dtype: 'float32', role: 'weight' }]);
    const r = buildReport(createSession(broken, graph));
    expect(r.missing).toEqual(['cell_0/1x1/weights', 'final_layer/FC/biases']);
    expect(r.unused).toEqual(['cell_0/1x1/weights', 'extra/thing']);
    expect(r.mismatches[0]?.explanation).toBe('[1,1,96,44] vs [1,1,88,44]: input channels 96 vs 88');
    const text = formatReport(r);
    expect(text).toContain('Graph variables without weights (2):');
    expect(text).toContain(
      'cell_0/1x1/weights ← cell_0/1x1/weights: [1,1,96,44] vs [1,1,88,44]: input channels 96 vs 88',
    );
  });
});

describe('generalization of renames no synonym list knows', () => {
  const LEAF: Record<string, string> = {
    weights: ':w',
    depthwise_weights: ':dw',
    pointwise_weights: ':pw',
    gamma: ':g',
    beta: ':b',
    moving_mean: ':m',
    moving_variance: ':v',
    biases: ':bias',
  };
  const renamed = (n: string): string => n.replace(/\/([^/]+)$/, (_, l: string) => LEAF[l] ?? l);
  const ckpt = graph.map((g) => ({
    name: renamed(g.name),
    shape: g.shape,
    dtype: 'float32' as const,
    role: 'weight' as const,
  }));

  it('learns a leaf rename from one click and proposes it for every analogous variable', () => {
    const s = createSession(ckpt, graph);
    const out = mapPair(s, 'cell_0/beginning_bn:g', 'cell_0/beginning_bn/gamma');
    const gammas = graph.filter((g) => g.kind === 'gamma' && !s.pairs.has(g.name));
    expect(out.session.preview?.rule).toBe('…:g → …/gamma');
    expect(out.session.preview?.proposals).toHaveLength(gammas.length - 1);
    for (const p of out.session.preview?.proposals ?? []) expect(p.checkpoint).toBe(renamed(p.graph));
  });

  it('a scripted user needs one click per leaf kind', () => {
    const truth = new Map(graph.map((g) => [g.name, renamed(g.name)]));
    const r = simulateUser(createSession(ckpt, graph), truth);
    expect(r.stuck).toEqual([]);
    expect(r.clicks).toBeLessThanOrEqual(Object.keys(LEAF).length);
  });
});
