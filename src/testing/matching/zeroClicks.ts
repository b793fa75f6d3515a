import { expect } from 'vitest';
import { createSession } from '../../matching/session';
import type { MatchCheckpointVariable } from '../../matching/types';
import { modelVariables } from '../../model/catalogue';
import type { ModelName } from '../../model/modelTypes';
import { simulateUser } from './simulateUser';

/** A checkpoint as some port writes it, and the checkpoint name each graph variable must get. */
export type PortedCheckpoint = { variables: MatchCheckpointVariable[]; truth: Map<string, string> };

/** The inference graph's variables of `model`. */
export const inferenceVariables = (model: ModelName) => modelVariables(model, 'inference');

/** Auto-matching alone maps every graph variable of `model` to its true partner: a user needs no click. */
export function expectZeroClicks(
  model: ModelName,
  { variables, truth }: PortedCheckpoint,
  preferEma = false,
): void {
  const graph = inferenceVariables(model);
  expect(truth.size).toBe(graph.length);
  const r = simulateUser(createSession(variables, graph, { preferEma }), truth, 50);
  expect(r.log).toEqual([]);
  for (const g of graph)
    expect([g.name, r.session.pairs.get(g.name)?.checkpoint]).toEqual([g.name, truth.get(g.name)]);
}

/** A float32 checkpoint variable for hand-written cases. */
export const checkpointVariable = (
  name: string,
  shape: number[],
  role: MatchCheckpointVariable['role'],
): MatchCheckpointVariable => ({ name, shape, dtype: 'float32', role });
