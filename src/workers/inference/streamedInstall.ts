import { loadedParts, type LoadedNasnet } from '../../inference/nasnetModel';
import { modelGraph, type ModelName } from '../../model/catalogue';
import { RunnerBuilder } from '../../model/nasnet/runnerBuilder';
import { StreamingCompile } from '../../model/nasnet/streamingCompile';
import { receiveWeights } from '../checkpoint/weightsOverPort';

/**
 * The model on the active backend from weights arriving on `port` (see `weightsOverPort.ts`): each
 * chunk is compiled and uploaded as it comes, so no copy of the weights stays in JS memory. Null
 * when the sender said none (more) will come; what was uploaded by then is freed.
 */
export async function installStreamed(
  model: ModelName,
  numClasses: number | undefined,
  port: MessagePort,
  file: string,
): Promise<LoadedNasnet | null> {
  const graph = modelGraph(model, 'inference', numClasses);
  const compile = new StreamingCompile(graph, file);
  const builder = new RunnerBuilder();
  // Received arrays not yet handed back: they go back to the sender once no op still to compile
  // reads them, when the backend has its own copy of their values (WASM).
  let kept: [string, Float32Array][] = [];
  try {
    const complete = await receiveWeights(port, (names, values) => {
      for (let i = 0; i < names.length; i++) builder.add(compile.add(names[i]!, values[i]!));
      if (!builder.copiesOnUpload) return [];
      const spent = new Set<ArrayBuffer>();
      kept.push(...names.map((n, i): [string, Float32Array] => [n, values[i]!]));
      kept = kept.filter(
        ([n, v]) => compile.holds(n) || (v.buffer instanceof ArrayBuffer && spent.add(v.buffer), false),
      );
      return [...spent];
    });
    if (!complete) return (builder.dispose(), null);
    const runner = builder.finish(compile.finish());
    const report = { loaded: 0, missing: [], unusedCheckpoint: [] };
    return { ...loadedParts(model, graph.numClasses), runner, report, dispose: () => runner.dispose() };
  } catch (e) {
    builder.dispose();
    throw e;
  }
}
