import { SlimscopeError, toSlimscopeError } from '../../base/errors';
import type { BundleReader } from './bundleReader';
import { tensorflow } from './proto';

export const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';

/** checkpoint key → original variable name (`full_name`), from a TrackableObjectGraph proto. */
export function fullNamesFromObjectGraph(bytes: Uint8Array, file: string): Map<string, string> {
  let graph: tensorflow.TrackableObjectGraph;
  try {
    graph = tensorflow.TrackableObjectGraph.decode(bytes);
  } catch (cause) {
    throw new SlimscopeError({
      code: 'BAD_PROTO',
      file,
      problem: `The ${OBJECT_GRAPH_KEY} tensor is not a valid TrackableObjectGraph.`,
      hint: 'Variable names are shown as stored keys; the weights are unaffected.',
      cause,
    });
  }
  const names = new Map<string, string>();
  for (const node of graph.nodes) {
    for (const a of node.attributes ?? []) {
      if (a.checkpointKey && a.fullName) names.set(a.checkpointKey, a.fullName);
    }
  }
  return names;
}

/** Decodes the object graph of a TF2 checkpoint (if any) and sets each variable's `fullName`. */
export async function attachObjectGraph(reader: BundleReader): Promise<void> {
  const entry = reader.index.get(OBJECT_GRAPH_KEY);
  if (!entry) return;
  try {
    const t = await reader.readTensor(OBJECT_GRAPH_KEY);
    const first = (t.values as Uint8Array[])[0];
    if (!first) return;
    reader.applyFullNames(fullNamesFromObjectGraph(first, reader.shardName(entry.shardId)));
  } catch (e) {
    // A missing or damaged shard 0 must not hide the variables; the names stay as stored keys.
    (reader.warnings as SlimscopeError[]).push(toSlimscopeError(e, reader.shardName(entry.shardId)));
  }
}
