// Verify's weights travel from the checkpoint worker to the inference engine over one
// MessagePort, in chunks whose buffers are transferred (moved, not copied). The engine compiles and
// uploads each chunk to its backend as it arrives and acknowledges it; the sender fills the next
// chunk while one is in flight and waits for its acknowledgement before posting another, so
// neither side ever holds more than a few MiB of weights in JS memory.
import { cancelledError } from '../../base/cancel';
import { SlimscopeError } from '../../base/errors';
import type { CancelSignal } from '../../base/progress';

/**
 * Sender → engine: a chunk of weights (graph names, float32 values), `'end'` once all were sent,
 * or null when none (more) will come (the read failed, was cancelled, or weights are missing).
 */
export type WeightsOverPort = { names: string[]; values: Float32Array[] } | 'end' | null;

/**
 * Engine → sender: a chunk was installed, with the buffers the engine is done with (their values
 * are in the backend's own memory); or stop sending (the engine failed). Handing spent buffers
 * back leaves all the garbage in one worker: each worker lets some tens of MiB of dead buffers
 * pile up before collecting them, so two would hold twice that.
 */
export type WeightsReply = { ack: true; spent: ArrayBuffer[] } | 'stop';

/** About this many bytes per message. */
export const CHUNK_BYTES = 4 << 20;
const MAX_UNACKNOWLEDGED = 1;
const CANCEL_POLL_MS = 100;

/** Posts `message` with the buffers of its values transferred (they are detached here). */
function post(port: MessagePort, message: WeightsOverPort): void {
  const buffers = new Set<ArrayBuffer>();
  if (message && message !== 'end') {
    for (const v of message.values) if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  }
  port.postMessage(message, [...buffers]);
}

/** The values in a buffer of their own: a view into a larger buffer (which others may use) is copied. */
function ownBuffer(values: Float32Array): Float32Array {
  const whole = values.byteOffset === 0 && values.byteLength === values.buffer.byteLength;
  return whole && values.buffer instanceof ArrayBuffer ? values : values.slice();
}

/** The checkpoint worker's end: batches weights into chunks and waits for the engine to keep up. */
export class WeightSender {
  private names: string[] = [];
  private values: Float32Array[] = [];
  private bytes = 0;
  private unacknowledged = 0;
  private stopped = false;
  private closed = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly port: MessagePort,
    private readonly signal?: CancelSignal,
  ) {
    // Spent buffers coming back are dropped here, left to this worker's garbage collection.
    port.onmessage = (event: MessageEvent<WeightsReply>) => {
      if (event.data === 'stop') this.stopped = true;
      else this.unacknowledged--;
      this.wake?.();
    };
  }

  async add(name: string, values: Float32Array): Promise<void> {
    if (this.closed) return;
    this.names.push(name);
    this.values.push(ownBuffer(values));
    this.bytes += values.byteLength;
    if (this.bytes >= CHUNK_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    while (this.unacknowledged >= MAX_UNACKNOWLEDGED && !this.stopped) await this.nextReply();
    if (this.stopped) throw engineStopped();
    if (this.names.length === 0) return;
    post(this.port, { names: this.names, values: this.values });
    this.unacknowledged++;
    this.names = [];
    this.values = [];
    this.bytes = 0;
  }

  /** Resolves on the engine's next reply, or throws once the read is cancelled. */
  private nextReply(): Promise<void> {
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => {
        if (!this.signal?.cancelled) return;
        clearInterval(poll);
        this.wake = null;
        reject(cancelledError('Loading weights'));
      }, CANCEL_POLL_MS);
      this.wake = () => {
        clearInterval(poll);
        this.wake = null;
        resolve();
      };
    });
  }

  /** Sends what is left and says that was all. */
  async end(): Promise<void> {
    await this.flush();
    post(this.port, 'end');
    this.close();
  }

  /** Tells the engine no (more) weights will come (nothing happens once closed). */
  abandon(): void {
    if (this.closed) return;
    post(this.port, null);
    this.close();
  }

  private close(): void {
    this.closed = true;
    this.names = [];
    this.values = [];
    this.port.onmessage = null;
    this.port.close();
  }
}

function engineStopped(): SlimscopeError {
  return new SlimscopeError({
    code: 'INTERNAL',
    file: '',
    problem: 'The inference engine stopped taking the weights.',
    hint: 'Press "Load weights" again.',
  });
}

/**
 * The engine's end: hands every chunk to `onChunk` (which compiles and uploads it, and answers the
 * buffers it no longer needs: they go back with the acknowledgement). Resolves true after `'end'`,
 * false when told none will come; when `onChunk` throws, tells the sender to stop and rejects.
 */
export function receiveWeights(
  port: MessagePort,
  onChunk: (names: string[], values: Float32Array[]) => ArrayBuffer[],
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<WeightsOverPort>) => {
      const message = event.data;
      if (message === 'end' || message === null) {
        port.onmessage = null;
        port.close();
        resolve(message === 'end');
        return;
      }
      try {
        const spent = onChunk(message.names, message.values);
        port.postMessage({ ack: true, spent } satisfies WeightsReply, spent);
      } catch (e) {
        port.postMessage('stop' satisfies WeightsReply);
        port.onmessage = null;
        port.close();
        reject(e);
      }
    };
  });
}
