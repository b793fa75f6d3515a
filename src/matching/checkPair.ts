import type { DType } from '../formats/checkpoint';
import type { Transform } from '../formats/mapping/transform';
import { candidateTransforms, inferTransform, toTfLayout } from './transforms';
import type { Layout, MatchCheckpointVariable, MatchGraphVariable } from './types';

export interface PairCheck {
  ok: boolean;
  /** The transform to record when ok (the checkpoint's convention first). */
  transform: Transform;
  /** Every transform that would make the shapes agree (offered to the user). */
  options: Transform[];
  /** Exactly why not, e.g. "[5,5,44,1] vs [3,3,44,1]: kernel 5x5 vs 3x3". Empty when ok. */
  reason: string;
}

const fmt = (s: readonly number[]): string => `[${s.join(',')}]`;

type DimLabels = string[];

function dimLabels(rank: number, kind?: string): DimLabels {
  if (rank === 4) {
    return kind === 'depthwise_weights'
      ? ['kernel', 'kernel', 'channels', 'depth multiplier']
      : ['kernel', 'kernel', 'input channels', 'output channels'];
  }
  if (rank === 2) return ['input features', 'output features (classes)'];
  if (rank === 1) return [kind === 'biases' ? 'outputs' : 'channels'];
  return Array.from({ length: rank }, (_, i) => `dim ${i}`);
}

/** Names each dimension that disagrees, reading the checkpoint in the graph's layout. */
export function explainShapes(
  ckptShape: readonly number[],
  graphShape: readonly number[],
  layout: Layout,
  kind?: string,
): string {
  const head = `${fmt(ckptShape)} vs ${fmt(graphShape)}`;
  if (ckptShape.length !== graphShape.length) {
    return `${head}: rank ${ckptShape.length} vs ${graphShape.length}`;
  }
  const laid = toTfLayout(ckptShape, layout, kind);
  const labels = dimLabels(graphShape.length, kind);
  const parts: string[] = [];
  if (graphShape.length === 4 && (laid[0] !== graphShape[0] || laid[1] !== graphShape[1])) {
    parts.push(`kernel ${laid[0]}x${laid[1]} vs ${graphShape[0]}x${graphShape[1]}`);
  }
  for (let i = graphShape.length === 4 ? 2 : 0; i < graphShape.length; i++) {
    if (laid[i] !== graphShape[i]) parts.push(`${labels[i]} ${laid[i]} vs ${graphShape[i]}`);
  }
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/**
 * Can this checkpoint tensor feed this graph variable? Checks dtype and shape, offers the
 * transforms that would make it fit, and explains a refusal dimension by dimension.
 */
export function checkPair(
  ckpt: Pick<MatchCheckpointVariable, 'name' | 'shape' | 'dtype'>,
  graph: MatchGraphVariable,
  layout: Layout,
): PairCheck {
  const gDtype: DType = (graph.dtype as DType | undefined) ?? 'float32';
  if (!isFloat(ckpt.dtype)) {
    return refuse(`dtype ${ckpt.dtype} vs ${gDtype}: only floating-point tensors can be weights`);
  }
  const options = candidateTransforms(ckpt.shape, graph.shape, layout, graph.kind);
  const preferred = inferTransform(ckpt.shape, graph.shape, layout, graph.kind);
  if (preferred !== undefined) return { ok: true, transform: preferred, options, reason: '' };
  if (options.length > 0) return { ok: true, transform: options[0] ?? null, options, reason: '' };
  return refuse(explainShapes(ckpt.shape, graph.shape, layout, graph.kind));
}

const isFloat = (d: DType): boolean =>
  d === 'float32' || d === 'float16' || d === 'bfloat16' || d === 'float64';

const refuse = (reason: string): PairCheck => ({ ok: false, transform: null, options: [], reason });
