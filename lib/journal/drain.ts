import { compareEntries, fieldKey, isJournalKey, parseEntry, type JournalEntry } from './entry';

/** The parts of a `browser.storage` area the drain uses. */
export interface JournalStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Writes one entry's text to the database; throws if it did not land. */
export type ApplyEntry = (entry: JournalEntry) => Promise<unknown>;

export interface DrainResult {
  /** Fields whose newest value landed (their entries are gone). */
  applied: string[];
  /** Fields whose write failed: their entries stay, to be tried again. */
  failed: { field: string; error: string }[];
  /** Entries that are not journal entries we can read (another version, damage): removed. */
  discarded: number;
}

/** Pending entries, grouped by field, oldest first. */
export function pendingByField(all: Record<string, unknown>): { byField: Map<string, { key: string; entry: JournalEntry }[]>; bad: string[] } {
  const byField = new Map<string, { key: string; entry: JournalEntry }[]>();
  const bad: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!isJournalKey(key)) continue;
    const entry = parseEntry(raw);
    if (!entry) {
      bad.push(key);
      continue;
    }
    const field = fieldKey(entry.target);
    const list = byField.get(field) ?? [];
    list.push({ key, entry });
    byField.set(field, list);
  }
  for (const list of byField.values()) list.sort((a, b) => compareEntries(a.entry, b.entry));
  return { byField, bad };
}

/**
 * Moves what the journal holds into the database: for each field, its newest
 * value is written, then that entry and the older ones of the same field
 * (superseded) are removed. An entry that arrives meanwhile has its own key,
 * so it stays for the next drain. A failed write removes nothing.
 */
export async function drainJournalOnce(storage: JournalStorage, apply: ApplyEntry): Promise<DrainResult> {
  const { byField, bad } = pendingByField(await storage.get(null));
  const result: DrainResult = { applied: [], failed: [], discarded: bad.length };
  if (bad.length) await storage.remove(bad);
  for (const [field, list] of byField) {
    const newest = list[list.length - 1]!.entry;
    try {
      await apply(newest);
    } catch (e) {
      result.failed.push({ field, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    await storage.remove(list.map((x) => x.key));
    result.applied.push(field);
  }
  return result;
}

/**
 * One drain at a time across every context that writes to the database (the
 * background and a panel in its own window share the extension's origin, so
 * they share Web Locks): two drains interleaving could let an older value land
 * after a newer one.
 */
export function journalLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: { request(name: string, cb: () => Promise<T>): Promise<T> } } | undefined)?.locks;
  return locks?.request ? locks.request('sideline:journal-drain', fn) : fn();
}

/**
 * A drain that callers can ask for at any time: one runs at a time, and a
 * request made while one runs gets the next run (which sees what the caller
 * wrote before asking), shared with every other request made meanwhile.
 */
export function createDrainer(storage: JournalStorage, apply: ApplyEntry, lock = journalLock) {
  let running: Promise<DrainResult> | null = null;
  let next: Promise<DrainResult> | null = null;
  const start = (): Promise<DrainResult> => {
    running = lock(() => drainJournalOnce(storage, apply)).finally(() => {
      running = null;
    });
    return running;
  };
  return function drain(): Promise<DrainResult> {
    if (!running) return start();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return running ?? start();
      });
    return next;
  };
}
