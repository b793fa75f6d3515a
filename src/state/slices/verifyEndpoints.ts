import { toSlimscopeError } from '../../base/errors';
import { endpointSuspects } from '../../model/endpointSuspects';
import { graphOf } from '../../model/catalogue';
import { getState } from '../store';
import { runInputs } from './verifyActions';
import { compareEndpointsOn } from './verifyModel';
import type { EndpointsCheck, VerifyRun } from './verifySlice';

/**
 * Runs a listed run's inputs again keeping the end points named in a reference `.npz` (TF-Slim end
 * point names), compares each with the logits' tolerance rule, and names the first diverging one
 * with the weights feeding it; its cell is highlighted on the graph.
 */
export async function compareRunEndpoints(runId: number, file: File): Promise<void> {
  const run = getState().runs.find((r) => r.id === runId);
  const inputs = runInputs(runId);
  if (!run || !inputs) return;
  const patch = (p: Partial<EndpointsCheck>) => {
    const current = getState().runs.find((r) => r.id === runId)?.endpoints;
    const base: EndpointsCheck = current ?? {
      file: file.name,
      running: false,
      result: null,
      error: null,
      cell: null,
      suspects: [],
    };
    getState().updateRun(runId, { endpoints: { ...base, ...p } });
  };
  patch({ file: file.name, running: true, result: null, error: null, cell: null, suspects: [] });
  try {
    const result = await compareEndpointsOn(run.backend, inputs, file, file.name);
    const { cell, suspects } = suspectsOf(run, result.firstDiverging);
    patch({ running: false, result, cell, suspects });
    getState().setDivergingCell(cell);
  } catch (e) {
    patch({ running: false, error: toSlimscopeError(e, file.name).toJSON() });
  }
}

function suspectsOf(run: VerifyRun, endpoint: string | null): Pick<EndpointsCheck, 'cell' | 'suspects'> {
  const p = run.provenance;
  if (!endpoint || !p) return { cell: null, suspects: [] };
  const graph = graphOf({ model: p.model, mode: 'inference', numClasses: p.numClasses });
  const { cell, variables } = endpointSuspects(graph, endpoint);
  const pairs = getState().pairByGraph;
  const suspects = variables.map((g) => {
    const pair = pairs.get(g);
    return { graph: g, checkpoint: pair?.checkpoint ?? null, how: pair?.how ?? null };
  });
  return { cell: cell || null, suspects };
}
