/**
 * Generalizing one manual pair: infer the rename it implies and propose it for the analogous
 * variables. Hypotheses are templates over the two names — numbers of the graph name either kept
 * or taken from a number of the checkpoint name (same value, or a constant offset after the same
 * word), applied to the whole name or to its scope with the rest carried over — and the one that
 * explains the most variables wins. Proposals never touch manual or locked pairs, and replace
 * an automatic pair only when that pair was inferred (confidence below 0.9).
 */
import { checkPair } from './checkPair';
import type { Layout, MatchGraphVariable, MatchPair } from './types';

export interface GeneralizeInput {
  click: { checkpoint: string; graph: string };
  /** Canonical checkpoint name (lower case, `/`, Slim leaf) per stored name, weights only. */
  canonical: ReadonlyMap<string, string>;
  checkpointByName: ReadonlyMap<
    string,
    { name: string; shape: number[]; dtype: MatchGraphVariable['dtype'] }
  >;
  graph: readonly MatchGraphVariable[];
  pairs: ReadonlyMap<string, MatchPair>;
  layout: Layout;
}

export interface Generalization {
  /** The rename in words, e.g. "block_{1} → comb_iter_{1-1}". */
  rule: string;
  proposals: MatchPair[];
  /** Graph names whose current automatic pair a proposal replaces. */
  displaced: string[];
}

type Slot = { kind: 'lit' } | { kind: 'bind'; from: number; offset: number };

interface Template {
  cText: string[];
  cNums: number[];
  gText: string[];
  gNums: number[];
}

const MAX_HYPOTHESES = 256;
const REPLACEABLE = 0.9;

const segments = (s: string): { text: string[]; nums: number[] } => {
  const parts = s.split(/(\d+)/);
  return { text: parts.filter((_, i) => i % 2 === 0), nums: parts.filter((_, i) => i % 2 === 1).map(Number) };
};

const lastWord = (text: string): string => /([a-z]+)[^a-z]*$/i.exec(text)?.[1] ?? '';

function slotOptions(t: Template, j: number): Slot[] {
  const g = t.gNums[j] as number;
  const out: Slot[] = [];
  t.cNums.forEach((c, i) => {
    if (c === g) out.push({ kind: 'bind', from: i, offset: 0 });
  });
  if (out.length === 0) {
    t.cNums.forEach((c, i) => {
      const sameWord = lastWord(t.cText[i] as string) === lastWord(t.gText[j] as string);
      if (sameWord && lastWord(t.gText[j] as string)) out.push({ kind: 'bind', from: i, offset: g - c });
    });
  }
  out.push({ kind: 'lit' });
  return out;
}

function enumerate(t: Template): Slot[][] {
  const opts = t.gNums.map((_, j) => slotOptions(t, j));
  const out: Slot[][] = [];
  const walk = (j: number, acc: Slot[]): void => {
    if (out.length >= MAX_HYPOTHESES) return;
    if (j === opts.length) {
      out.push(acc);
      return;
    }
    for (const o of opts[j] as Slot[]) walk(j + 1, [...acc, o]);
  };
  walk(0, []);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex over checkpoint names and a function building the graph name from its captures. */
function compile(
  t: Template,
  slots: Slot[],
  passTail: boolean,
): { re: RegExp; build: (m: RegExpExecArray) => string } {
  const bound = new Set(slots.flatMap((s) => (s.kind === 'bind' ? [s.from] : [])));
  const group = new Map<number, number>();
  let re = '^';
  t.cText.forEach((text, i) => {
    re += escape(text);
    if (i >= t.cNums.length) return;
    const v = t.cNums[i] as number;
    if (bound.has(i)) {
      group.set(i, group.size + 1);
      re += '(\\d+)';
      return;
    }
    // An unbound number equal to a bound one is the same id repeated (Keras' block ids).
    const twin = [...group.keys()].find((k) => t.cNums[k] === v);
    re += twin !== undefined ? `\\${group.get(twin)}` : String(v);
  });
  re += passTail ? '/(.+)$' : '$';
  const tailGroup = group.size + 1;
  const build = (m: RegExpExecArray): string => {
    let out = '';
    t.gText.forEach((text, j) => {
      out += text;
      const s = slots[j];
      if (!s) return;
      if (s.kind === 'lit') out += String(t.gNums[j]);
      else {
        out += String(Number(m[group.get(s.from) as number]) + s.offset);
      }
    });
    return passTail ? `${out}/${m[tailGroup] ?? ''}` : out;
  };
  return { re: new RegExp(re), build };
}

function describe(t: Template, slots: Slot[], passTail: boolean): string {
  const letter = (i: number): string => String.fromCharCode(65 + i);
  const c = t.cText
    .map(
      (x, i) =>
        x +
        (i < t.cNums.length
          ? slots.some((s) => s.kind === 'bind' && s.from === i)
            ? `{${letter(i)}}`
            : String(t.cNums[i])
          : ''),
    )
    .join('');
  const g = t.gText
    .map((x, j) => {
      const s = slots[j];
      if (!s) return x;
      if (s.kind === 'lit') return x + String(t.gNums[j]);
      return `${x}{${letter(s.from)}${s.offset ? (s.offset > 0 ? `+${s.offset}` : s.offset) : ''}}`;
    })
    .join('');
  return passTail ? `${c}/… → ${g}/…` : `${c} → ${g}`;
}

interface Scored {
  rule: string;
  proposals: MatchPair[];
  displaced: string[];
  score: number;
}

interface Context {
  input: GeneralizeInput;
  graphByLower: Map<string, MatchGraphVariable>;
  /** Kernel-free lower-case name → the one graph variable with it (null when several). */
  graphByKernelFree: Map<string, MatchGraphVariable | null>;
  ckptToGraph: Map<string, MatchPair>;
}

function kernelFreeIndex(graph: readonly MatchGraphVariable[]): Map<string, MatchGraphVariable | null> {
  const out = new Map<string, MatchGraphVariable | null>();
  for (const g of graph) {
    const k = kernelFree(g.name.toLowerCase());
    out.set(k, out.has(k) ? null : g);
  }
  return out;
}

/**
 * A rename of the name's end only (`…/beginning_bn:g` → `…/beginning_bn/gamma`): the longest
 * common beginning is carried over, numbers never cut in two.
 */
function suffixRule(ctx: Context, c: string, g: string): Scored | null {
  let n = 0;
  while (n < c.length && n < g.length && c[n] === g[n]) n++;
  const digit = (x: string | undefined): boolean => x !== undefined && x >= '0' && x <= '9';
  while (n > 0 && digit(c[n - 1]) && (digit(c[n]) || digit(g[n]))) n--;
  const cRest = c.slice(n);
  const gRest = g.slice(n);
  if (n === 0 || !cRest || cRest === gRest) return null;
  const re = new RegExp(`^(.+)${escape(cRest)}$`);
  return evaluateRule(ctx, re, (m) => `${m[1] ?? ''}${gRest}`, `…${cRest} → …${gRest}`);
}

function evaluate(ctx: Context, t: Template, slots: Slot[], passTail: boolean): Scored {
  const { re, build } = compile(t, slots, passTail);
  return evaluateRule(ctx, re, build, describe(t, slots, passTail));
}

/** Kernel sizes are the graph's to tell: `separable_5x5_1` and `separable_3x3_1` share a key. */
const kernelFree = (name: string): string => name.replace(/\d+x\d+/g, '#');

/** The graph variable a built name stands for: itself, or the only one that differs in kernel size. */
function lookup(ctx: Context, built: string): MatchGraphVariable | undefined {
  return ctx.graphByLower.get(built) ?? ctx.graphByKernelFree.get(kernelFree(built)) ?? undefined;
}

function evaluateRule(ctx: Context, re: RegExp, build: (m: RegExpExecArray) => string, rule: string): Scored {
  const { input, ckptToGraph } = ctx;
  const out: Scored = { rule, proposals: [], displaced: [], score: 0 };
  const taken = new Set<string>();
  for (const [name, canon] of input.canonical) {
    if (name === input.click.checkpoint) continue;
    const m = re.exec(canon);
    if (!m) continue;
    const g = lookup(ctx, build(m));
    if (!g || g.name === input.click.graph || taken.has(g.name)) continue;
    const current = input.pairs.get(g.name);
    if (current?.checkpoint === name) {
      out.score++;
      continue;
    }
    const mine = ckptToGraph.get(name);
    if (!replaceable(current) || !replaceable(mine)) continue;
    const v = input.checkpointByName.get(name);
    const check = v && checkPair({ name, shape: v.shape, dtype: v.dtype ?? 'float32' }, g, input.layout);
    if (!check?.ok) continue;
    taken.add(g.name);
    if (current) out.displaced.push(g.name);
    if (mine) out.displaced.push(mine.graph);
    out.score += current || mine ? 0.5 : 1;
    out.proposals.push({
      checkpoint: name,
      graph: g.name,
      how: 'rule',
      confidence: 0.85,
      transform: check.transform,
      reason: `generalized from ${input.click.checkpoint} → ${input.click.graph}: ${rule}`,
    });
  }
  return out;
}

const replaceable = (p: MatchPair | undefined): boolean =>
  !p || (!p.locked && p.how !== 'manual' && p.confidence < REPLACEABLE);

/** Common trailing components of two `/` names (the part a scope rewrite carries over). */
function commonTail(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length - 1 && n < b.length - 1 && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The best rename a manual pair implies, with its proposals (empty when nothing else fits). */
export function generalize(input: GeneralizeInput): Generalization {
  const cCanon = input.canonical.get(input.click.checkpoint);
  if (!cCanon) return { rule: '', proposals: [], displaced: [] };
  const gName = input.click.graph.toLowerCase();
  const variants: Array<[string, string, boolean]> = [[cCanon, gName, false]];
  const cc = cCanon.split('/');
  const gc = gName.split('/');
  const tail = commonTail(cc, gc);
  if (tail > 0) variants.push([cc.slice(0, -tail).join('/'), gc.slice(0, -tail).join('/'), true]);
  const ctx: Context = {
    input,
    graphByLower: new Map(input.graph.map((g) => [g.name.toLowerCase(), g])),
    graphByKernelFree: kernelFreeIndex(input.graph),
    ckptToGraph: new Map([...input.pairs.values()].map((p) => [p.checkpoint, p])),
  };
  let best: Scored = suffixRule(ctx, cCanon, gName) ?? { rule: '', proposals: [], displaced: [], score: 0 };
  for (const [c, g, passTail] of variants) {
    const cs = segments(c);
    const gs = segments(g);
    const t: Template = { cText: cs.text, cNums: cs.nums, gText: gs.text, gNums: gs.nums };
    for (const slots of enumerate(t)) {
      const s = evaluate(ctx, t, slots, passTail);
      if (s.score > best.score) best = s;
    }
  }
  return { rule: best.rule, proposals: best.proposals, displaced: [...new Set(best.displaced)] };
}
