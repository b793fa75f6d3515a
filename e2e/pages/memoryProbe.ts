// Memory of every JavaScript context of a Chromium page (the page, each dedicated worker, the
// service worker), sampled over the DevTools protocol, plus the resident memory of the renderer
// processes from /proc. Used by bench/scale-memory.bench.ts.
//
// Per context: `Runtime.getHeapUsage` → usedSize (V8 heap objects) + backingStorageSize (ArrayBuffer
// and external string backing stores, WebAssembly memories included). Each context is reached over a
// browser-level DevTools session (`Target.attachToTarget`, messages relayed with
// `Target.sendMessageToTarget`), so dedicated workers are measured on their own.
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

const MiB = 1 << 20;
const REPLY_TIMEOUT_MS = 5_000;

export interface ContextMemory {
  /** V8 heap in use (objects). */
  heap: number;
  /** ArrayBuffer / WebAssembly memory / external string backing stores. */
  backing: number;
}

export interface MemorySample {
  /** ms since the sampler started. */
  at: number;
  /** Context label (`page`, `checkpoint`, `inference`, …) → bytes. */
  contexts: Map<string, ContextMemory>;
  /** Resident set of every renderer process, bytes. */
  rendererRss: number;
}

interface Attached {
  label: string;
  sessionId: string;
}

const total = (m: ContextMemory | undefined): number => (m ? m.heap + m.backing : 0);

/** Bytes of every context of a sample, plus their sum. */
export function sampleTotal(s: MemorySample): number {
  let n = 0;
  for (const m of s.contexts.values()) n += total(m);
  return n;
}

export class MemorySampler {
  private readonly attached = new Map<string, Attached>();
  /** How many contexts got each label (the second `WASM thread` is `WASM thread #2`). */
  private readonly titles = new Map<string, number>();
  private readonly replies = new Map<number, (result: unknown) => void>();
  private nextId = 1;
  private rendererPids: number[] = [];
  private readonly started = performance.now();
  private running: Promise<MemorySample[]> | null = null;
  private stopRequested = false;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id === undefined) return;
      this.replies.get(message.id)?.(message.error ? null : message.result);
      this.replies.delete(message.id);
    });
    cdp.on('Target.detachedFromTarget', (event) => {
      for (const [id, a] of this.attached) if (a.sessionId === event.sessionId) this.attached.delete(id);
    });
  }

  static async attach(browser: Browser): Promise<MemorySampler> {
    const sampler = new MemorySampler(await browser.newBrowserCDPSession());
    await sampler.refresh();
    return sampler;
  }

  /** Attaches to contexts that appeared since (workers start lazily) and finds the renderers. */
  async refresh(): Promise<void> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    for (const t of targetInfos) {
      if (this.attached.has(t.targetId)) continue;
      if (!['page', 'worker', 'service_worker'].includes(t.type) || t.url.startsWith('chrome')) continue;
      // TF.js's WASM thread workers are started from blob: URLs and have no name.
      const base =
        t.type === 'page'
          ? 'page'
          : t.type === 'service_worker'
            ? 'service worker'
            : t.title.startsWith('blob:')
              ? 'WASM thread'
              : t.title;
      const seen = this.titles.get(base) ?? 0;
      this.titles.set(base, seen + 1);
      const { sessionId } = await this.cdp.send('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: false,
      });
      this.attached.set(t.targetId, { label: seen ? `${base} #${seen + 1}` : base, sessionId });
    }
    const { processInfo } = await this.cdp.send('SystemInfo.getProcessInfo');
    this.rendererPids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  }

  /** Detaches from the browser (the contexts are left running). */
  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }

  labels(): string[] {
    return [...this.attached.values()].map((a) => a.label);
  }

  private call(sessionId: string, method: string): Promise<unknown> {
    const id = this.nextId++;
    // A context that ended (or never answers) gives no figure rather than stalling the sampler.
    const reply = new Promise<unknown>((resolve) => {
      this.replies.set(id, resolve);
      setTimeout(() => {
        this.replies.delete(id);
        resolve(null);
      }, REPLY_TIMEOUT_MS);
    });
    void this.cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(() => this.replies.get(id)?.(null));
    return reply;
  }

  /** Runs a full garbage collection in every context (before a baseline). */
  async collectGarbage(): Promise<void> {
    await Promise.all(
      [...this.attached.values()].map((a) => this.call(a.sessionId, 'HeapProfiler.collectGarbage')),
    );
  }

  async sample(): Promise<MemorySample> {
    const at = performance.now() - this.started;
    const entries = await Promise.all(
      [...this.attached.values()].map(async (a) => {
        const r = (await this.call(a.sessionId, 'Runtime.getHeapUsage')) as {
          usedSize: number;
          backingStorageSize?: number;
        } | null;
        return [a.label, r ? { heap: r.usedSize, backing: r.backingStorageSize ?? 0 } : null] as const;
      }),
    );
    const contexts = new Map<string, ContextMemory>();
    for (const [label, m] of entries) if (m) contexts.set(label, m);
    return { at, contexts, rendererRss: this.rendererRss() };
  }

  private rendererRss(): number {
    let bytes = 0;
    for (const pid of this.rendererPids) {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        bytes += Number(kb ?? 0) * 1024;
      } catch {
        // The process ended (a spare renderer): it holds nothing of ours.
      }
    }
    return bytes;
  }

  /** Samples every `intervalMs` (a sample waits for every context's answer) until `stop()`. */
  start(intervalMs: number): void {
    this.stopRequested = false;
    this.running = (async () => {
      const out: MemorySample[] = [];
      while (!this.stopRequested) {
        const t0 = performance.now();
        out.push(await this.sample());
        const wait = intervalMs - (performance.now() - t0);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      out.push(await this.sample());
      return out;
    })();
  }

  async stop(): Promise<MemorySample[]> {
    this.stopRequested = true;
    return (await this.running) ?? [];
  }
}

export interface ContextPeak {
  /** Highest heap + buffers above the baseline, bytes. */
  peak: number;
  /** ms since the sampler started. */
  at: number;
  heap: number;
  backing: number;
}

/** Peaks of one measured phase above a baseline sample (a context absent at baseline starts from 0). */
export interface MemoryPeaks {
  perContext: Map<string, ContextPeak>;
  /** Highest sum over the contexts of one sample, above the baseline's sum. */
  contextsPeak: number;
  /** Highest renderer RSS above the baseline's: everything, WebAssembly memory included. */
  rssPeak: number;
  rssPeakAt: number;
  /** At the RSS peak: RSS growth not in any context's heap or buffers (shared WebAssembly memory). */
  outsideContextsAtRssPeak: number;
  samples: number;
  /** Longest gap between two samples, ms. */
  worstGapMs: number;
}

export function peaksAbove(baseline: MemorySample, samples: readonly MemorySample[]): MemoryPeaks {
  const perContext = new Map<string, ContextPeak>();
  const baseTotal = sampleTotal(baseline);
  const peaks: MemoryPeaks = {
    perContext,
    contextsPeak: -Infinity,
    rssPeak: -Infinity,
    rssPeakAt: 0,
    outsideContextsAtRssPeak: 0,
    samples: samples.length,
    worstGapMs: 0,
  };
  samples.forEach((s, i) => {
    if (i > 0) peaks.worstGapMs = Math.max(peaks.worstGapMs, s.at - samples[i - 1]!.at);
    for (const [label, m] of s.contexts) {
      const base = baseline.contexts.get(label);
      const above = total(m) - total(base);
      const prev = perContext.get(label);
      if (!prev || above > prev.peak) {
        const heap = m.heap - (base?.heap ?? 0);
        perContext.set(label, { peak: above, at: s.at, heap, backing: m.backing - (base?.backing ?? 0) });
      }
    }
    const contexts = sampleTotal(s) - baseTotal;
    peaks.contextsPeak = Math.max(peaks.contextsPeak, contexts);
    const rss = s.rendererRss - baseline.rendererRss;
    if (rss > peaks.rssPeak) {
      peaks.rssPeak = rss;
      peaks.rssPeakAt = s.at;
      peaks.outsideContextsAtRssPeak = rss - contexts;
    }
  });
  return peaks;
}

export const mib = (bytes: number): string => `${(bytes / MiB).toFixed(0)} MiB`;
