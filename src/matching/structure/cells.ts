/**
 * Cells on both sides and their alignment. A checkpoint cell is the name part that carries the
 * cell's number (`cell_3`, `normal_A_block_3`, `reduction_A_block_stem_1`); cells are told apart
 * by their combination pattern (which combinations have separable convs, left/right, kernel size)
 * and put in order by their numbers, stems first. Graph cells come in creation order.
 */
import { tokens } from '../names';

/** The leading name parts that make a variable's group, and the rest. */
export function splitGroup(comps: readonly string[]): { group: string; local: string[] } {
  for (let i = 0; i < comps.length - 1; i++) {
    const t = tokens(comps[i] as string);
    if (t.some((w) => /^\d+$/.test(w) || w === 'stem')) {
      return { group: comps.slice(0, i + 1).join('/'), local: comps.slice(i + 1, -1) };
    }
  }
  return { group: comps.slice(0, -1).join('/'), local: [] };
}

/** `…_left1_5` → cell `5`; `…_stem_1` → `stem`, `1`. A number glued to a word (`bn1`) is no cell id. */
const CELL_SUFFIX = /^(.+?)_(?:([a-z]+)_)?(\d+)$/i;
/** A `word_N` suffix counts as a cell id when this many different layer names end with it. */
const MIN_WORD_SUFFIX_LAYERS = 3;

/**
 * Flat layer names carry their cell in a suffix instead of a scope (Keras' TF2 and .h5 names:
 * `separable_conv_1_normal_left1_5/depthwise_kernel`). Returns, per such layer name, its cell id
 * and the rest; `word_N` suffixes (`stem_1`, `reduce_4`) only when several layers share them.
 */
export function flatCellIds(layerNames: Iterable<string>): Map<string, { cell: string; rest: string }> {
  const layers = [...new Set(layerNames)];
  const wordSuffixCount = new Map<string, number>();
  for (const l of layers) {
    const m = CELL_SUFFIX.exec(l);
    if (m?.[2]) wordSuffixCount.set(`${m[2]}_${m[3]}`, (wordSuffixCount.get(`${m[2]}_${m[3]}`) ?? 0) + 1);
  }
  const out = new Map<string, { cell: string; rest: string }>();
  for (const l of layers) {
    const m = CELL_SUFFIX.exec(l);
    if (!m) continue;
    const word = m[2] ? `${m[2]}_${m[3]}` : '';
    if (word && (wordSuffixCount.get(word) ?? 0) >= MIN_WORD_SUFFIX_LAYERS) {
      out.set(l, { cell: word, rest: m[1] as string });
    } else {
      out.set(l, { cell: m[3] as string, rest: word ? `${m[1]}_${m[2]}` : (m[1] as string) });
    }
  }
  return out;
}

/** Checkpoint order of a group: stems first, then by the numbers in its name. */
export function groupOrderKey(group: string): number[] {
  const t = group.split('/').flatMap((c) => tokens(c));
  // Numbers order cells; a one-letter id (`stem/a`, `stem/b`) orders them alphabetically.
  const nums = t
    .filter((w) => /^\d+$/.test(w) || /^[a-z]$/.test(w))
    .map((w) => (/^\d/.test(w) ? Number(w) : w.charCodeAt(0) - 97));
  return [t.includes('stem') ? 0 : 1, ...nums];
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Order-preserving alignment of two cell sequences maximising the summed score (a cell may stay
 * unaligned). Returns pairs of indices [graph, checkpoint].
 */
export function alignSequences(
  n: number,
  m: number,
  score: (i: number, j: number) => number,
): Array<[number, number]> {
  const dp: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const row = (i: number): Float64Array => dp[i] as Float64Array;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(i - 1, j - 1);
      const diag = s > 0 ? (row(i - 1)[j - 1] as number) + s : -1;
      row(i)[j] = Math.max(diag, row(i - 1)[j] as number, row(i)[j - 1] as number);
    }
  }
  const out: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = row(i)[j] as number;
    if (here === row(i - 1)[j]) i--;
    else if (here === row(i)[j - 1]) j--;
    else {
      out.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return out.reverse();
}
