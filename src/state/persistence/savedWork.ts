import type { MappingDocument } from '../../formats/mapping/document';

/**
 * The mapping in progress, saved in IndexedDB under the checkpoint's identity so that opening the
 * same checkpoint again offers it back. Only the mapping document is stored (names, never weights).
 */
const DB_NAME = 'slimscope';
const STORE = 'saved-work';
const SAVE_DELAY_MS = 400;

export interface SavedWork {
  identity: string;
  savedAt: number;
  /** Written by this app; resuming sends it through the worker's document parser again. */
  document: MappingDocument;
}

let dbPromise: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'identity' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
  return dbPromise;
}

function request<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const req = run(db.transaction(STORE, mode).objectStore(STORE));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      }),
  );
}

export async function loadSavedWork(identity: string): Promise<SavedWork | undefined> {
  try {
    return (await request('readonly', (s) => s.get(identity))) as SavedWork | undefined;
  } catch {
    return undefined; // private mode or storage disabled: nothing saved, nothing to offer
  }
}

export async function deleteSavedWork(identity: string): Promise<void> {
  await request('readwrite', (s) => s.delete(identity)).catch(() => undefined);
}

const scheduled = new Map<string, { timer: ReturnType<typeof setTimeout>; settle: () => void }>();

/**
 * Debounced save: a burst of clicks writes once. Settles once the work is written (or could not be,
 * or a later save of the same checkpoint replaced this one), so callers can track saves in flight.
 */
export function saveWorkSoon(identity: string, document: MappingDocument): Promise<void> {
  const previous = scheduled.get(identity);
  if (previous) {
    clearTimeout(previous.timer);
    previous.settle();
  }
  return new Promise((settle) => {
    const timer = setTimeout(() => {
      scheduled.delete(identity);
      const work: SavedWork = { identity, savedAt: Date.now(), document };
      void request('readwrite', (s) => s.put(work))
        .catch(() => undefined)
        .then(() => settle());
    }, SAVE_DELAY_MS);
    scheduled.set(identity, { timer, settle });
  });
}
