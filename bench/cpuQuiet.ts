// Other processes' load on a shared machine, for benches that time threads: how busy the CPUs
// are right now (Linux /proc/stat), and waiting — bounded — for a quieter moment.
import { readFileSync } from 'node:fs';

/** Busy and total jiffies of all CPUs, or null where /proc/stat does not exist. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const values = fields.map(Number);
    const total = values.reduce((a, b) => a + b, 0);
    const idle = (values[3] ?? 0) + (values[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The busy share of all CPUs over the next `ms` (0..1), or null where it cannot be read. */
export async function busyShare(ms: number): Promise<number | null> {
  const a = cpuTimes();
  await sleep(ms);
  const b = cpuTimes();
  if (!a || !b || b.total === a.total) return null;
  return (b.busy - a.busy) / (b.total - a.total);
}

/**
 * Waits until the CPUs are at most `maxShare` busy over a second (while the caller is idle), at
 * most `patienceMs`; answers the last share seen (null: unknown here).
 */
export async function waitForQuiet(maxShare: number, patienceMs: number): Promise<number | null> {
  const until = Date.now() + patienceMs;
  for (;;) {
    const share = await busyShare(1000);
    if (share === null || share <= maxShare || Date.now() >= until) return share;
  }
}
