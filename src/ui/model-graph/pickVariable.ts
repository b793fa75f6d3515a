import type { GraphVariable } from '../../model/graphVariable';

/**
 * With a checkpoint variable selected, a click on a graph node means "map it to the matching
 * variable in here": the node's variables narrowed to the one with the same leaf name (gamma,
 * depthwise_weights…) and element count, when exactly one fits. Otherwise all stay selected.
 */
export function pickForCheckpoint(
  nodeVariables: readonly string[],
  checkpoint: { name: string; shape: readonly number[] } | null,
  graphVar: (name: string) => GraphVariable | undefined,
): string[] {
  if (!checkpoint || nodeVariables.length <= 1) return [...nodeVariables];
  const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  const leaf = checkpoint.name.split(/[/.]/).pop()?.replace(/:0$/, '') ?? '';
  const fits = nodeVariables.filter((n) => {
    const v = graphVar(n);
    return v !== undefined && size(v.shape) === size(checkpoint.shape);
  });
  // Same scope tail (`bn_sep_5x5_1/gamma`) first, then the same leaf kind, then size alone.
  const tail = (n: string) => n.split('/').slice(-2).join('/');
  const sameTail = fits.filter((n) => checkpoint.name.endsWith(tail(n)));
  if (sameTail.length === 1) return sameTail;
  const sameLeaf = fits.filter((n) => graphVar(n)?.kind === leaf);
  if (sameLeaf.length === 1) return sameLeaf;
  if (fits.length === 1) return fits;
  return [...nodeVariables];
}
