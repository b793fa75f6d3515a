// ONNX Runtime's profile (Chrome trace events it prints when a session ends profiling) summed by op
// kind, in the terms Slimscope's step profile uses: 1x1 conv, depthwise k×k, conv k×k, pooling…
import { perImage } from '../../stepProfile';
import type { EngineProfile } from './protocol';

interface TraceEvent {
  cat: string;
  name: string;
  /** Microseconds. */
  dur: number;
  args?: { op_name?: string; input_type_shape?: Record<string, number[]>[] };
}

function parseTrace(printed: string): TraceEvent[] {
  const start = printed.indexOf('[');
  const end = printed.lastIndexOf(']');
  if (start < 0 || end < start) throw new Error('ONNX Runtime printed no profile');
  return JSON.parse(printed.slice(start, end + 1)) as TraceEvent[];
}

/** `conv 1x1`, `depthwise 5x5`, `conv 3x3`, or the op's own name. */
function opKind(event: TraceEvent): string {
  const op = event.args?.op_name ?? event.name;
  if (op !== 'Conv' && op !== 'FusedConv') return op;
  const shapes = (event.args?.input_type_shape ?? []).map((s) => Object.values(s)[0] ?? []);
  const [, channels] = shapes[0] ?? [];
  const [outChannels, perGroup, kh, kw] = shapes[1] ?? [];
  if (perGroup === 1 && outChannels === channels && channels !== 1) return `depthwise ${kh}x${kw}`;
  return `conv ${kh}x${kw}`;
}

/** Each node's fastest of `runs` runs, summed by kind; `wholeMs` = the fastest whole run; per image. */
export function ortProfile(printed: string, runs: number, batch: number): EngineProfile {
  const events = parseTrace(printed);
  const fastest = new Map<string, { kind: string; us: number }>();
  let wholeUs = Infinity;
  let nodeEvents = 0;
  for (const e of events) {
    if (e.cat === 'Session' && e.name === 'model_run') wholeUs = Math.min(wholeUs, e.dur);
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time')) continue;
    nodeEvents++;
    const seen = fastest.get(e.name);
    if (!seen || e.dur < seen.us) fastest.set(e.name, { kind: opKind(e), us: e.dur });
  }
  if (nodeEvents < fastest.size * runs)
    throw new Error(`profile holds ${nodeEvents} node events, not ${runs} runs`);
  const perKind = new Map<string, number>();
  for (const { kind, us } of fastest.values()) perKind.set(kind, (perKind.get(kind) ?? 0) + us / 1000);
  const totalMs = [...perKind.values()].reduce((a, b) => a + b, 0);
  return {
    ...perImage({ totalMs, kinds: [...perKind].sort((a, b) => b[1] - a[1]) }, batch),
    wholeMs: wholeUs / 1000 / batch,
    source: "ONNX Runtime's profiler (enableProfiling), per node kernel time",
  };
}
