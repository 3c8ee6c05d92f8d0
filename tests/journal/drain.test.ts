import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDrainer, drainJournalOnce, journalLock } from '../../lib/journal/drain';
import { entryKey, JOURNAL_VERSION, type JournalEntry, type JournalTarget } from '../../lib/journal/entry';
import { quietScheduler } from '../../lib/journal/schedule';

const local = () => fakeBrowser.storage.local;
const NOTE: JournalTarget = { kind: 'note', sessionId: 's1', dealId: 'd1', repId: null };
const WHAT: JournalTarget = { kind: 'contract', sessionId: 's1', part: 'what' };

function entry(target: JournalTarget, text: string, at: number, n = at, writer = 'w1'): JournalEntry {
  return { v: JOURNAL_VERSION, target, text, at, writer, n };
}
async function put(...entries: JournalEntry[]) {
  await local().set(Object.fromEntries(entries.map((e) => [entryKey(e), e])));
}
async function journalKeys() {
  return Object.keys(await local().get(null)).filter((k) => k.startsWith('journal:'));
}

/** A stand-in database: the text each field holds, with every write in order. */
function fakeDb() {
  const stored = new Map<string, string>();
  const writes: string[] = [];
  return {
    stored,
    writes,
    apply: async (e: JournalEntry) => {
      writes.push(e.text);
      stored.set(JSON.stringify(e.target), e.text);
    },
  };
}

beforeEach(() => fakeBrowser.reset());

describe('draining the journal into the database', () => {
  it('writes only the newest value of each field, then removes it and the values it replaced', async () => {
    const db = fakeDb();
    await put(entry(NOTE, 'Dana', 1), entry(NOTE, 'Dana is', 2), entry(NOTE, 'Dana is sure', 3), entry(WHAT, 'Pipeline', 2));
    await local().set({ 'ui:panelOpen': true });
    const r = await drainJournalOnce(local(), db.apply);
    expect(db.writes.sort()).toEqual(['Dana is sure', 'Pipeline']);
    expect(r.applied.sort()).toEqual(['contract/s1/what', 'note/s1']);
    expect(await journalKeys()).toEqual([]);
    // Not ours to touch.
    expect(await local().get('ui:panelOpen')).toEqual({ 'ui:panelOpen': true });
  });

  it('orders writes by time, then writer and count, not by key text (a tenth write is newer than the ninth)', async () => {
    const db = fakeDb();
    await put(entry(NOTE, 'ninth', 1000, 9), entry(NOTE, 'tenth', 1000, 10));
    await drainJournalOnce(local(), db.apply);
    expect(db.writes).toEqual(['tenth']);
  });

  it('keeps a value typed while the drain was writing: it is drained next, never removed unwritten', async () => {
    const db = fakeDb();
    await put(entry(NOTE, 'first', 1));
    const slowApply = async (e: JournalEntry) => {
      // The manager types on while this write is in flight.
      if (e.text === 'first') await put(entry(NOTE, 'first and more', 2));
      await db.apply(e);
    };
    await drainJournalOnce(local(), slowApply);
    expect(await journalKeys()).toHaveLength(1);
    await drainJournalOnce(local(), db.apply);
    expect(db.stored.get(JSON.stringify(NOTE))).toBe('first and more');
    expect(await journalKeys()).toEqual([]);
  });

  it('keeps every entry of a field whose write failed, and still drains the other fields', async () => {
    const db = fakeDb();
    await put(entry(NOTE, 'a', 1), entry(NOTE, 'ab', 2), entry(WHAT, 'Pipeline', 1));
    const r = await drainJournalOnce(local(), async (e) => {
      if (e.target.kind === 'note') throw new Error('QuotaExceededError');
      await db.apply(e);
    });
    expect(r.failed).toEqual([{ field: 'note/s1', error: 'QuotaExceededError' }]);
    expect(await journalKeys()).toHaveLength(2);
    expect(db.writes).toEqual(['Pipeline']);
    // Once the database answers again, the newest value lands.
    await drainJournalOnce(local(), db.apply);
    expect(db.stored.get(JSON.stringify(NOTE))).toBe('ab');
  });

  it('removes entries it cannot read (damaged, or from another version) instead of retrying them forever', async () => {
    const db = fakeDb();
    await local().set({ 'journal:note/s1|1|w|1': { v: 99, text: 'x' }, 'journal:broken': 'not an entry' });
    await put(entry(NOTE, 'fine', 2));
    const r = await drainJournalOnce(local(), db.apply);
    expect(r.discarded).toBe(2);
    expect(db.writes).toEqual(['fine']);
    expect(await journalKeys()).toEqual([]);
  });

  it('writing the same entry twice leaves the same text (a drain cut short by a stopped worker is redone)', async () => {
    const db = fakeDb();
    await put(entry(NOTE, 'same', 1));
    // The worker stops after the write landed but before the entry was removed.
    await db.apply(entry(NOTE, 'same', 1));
    await drainJournalOnce(local(), db.apply);
    expect(db.stored.get(JSON.stringify(NOTE))).toBe('same');
  });
});

describe('asking for drains', () => {
  it('runs one drain at a time; a request made meanwhile gets a later drain that sees what was written before it', async () => {
    const db = fakeDb();
    let release!: () => void;
    let calls = 0;
    const drain = createDrainer(local(), async (e) => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      await db.apply(e);
    });
    await put(entry(NOTE, 'one', 1));
    const first = drain();
    await new Promise((r) => setTimeout(r, 0));
    await put(entry(NOTE, 'one two', 2));
    const second = drain();
    const third = drain();
    expect(third).toBe(second);
    release();
    await first;
    await second;
    expect(db.writes).toEqual(['one', 'one two']);
    expect(await journalKeys()).toEqual([]);
  });

  it('two contexts draining at once never let an older value land after a newer one (shared lock)', async () => {
    const db = fakeDb();
    let releaseOld!: () => void;
    const slowFirst = async (e: JournalEntry) => {
      if (e.text === 'old') await new Promise<void>((r) => (releaseOld = r));
      await db.apply(e);
    };
    // The background and a panel window: separate drainers, one Web Lock.
    const background = createDrainer(local(), slowFirst, journalLock);
    const window = createDrainer(local(), db.apply, journalLock);
    await put(entry(NOTE, 'old', 1));
    const a = background();
    await new Promise((r) => setTimeout(r, 5));
    await put(entry(NOTE, 'new', 2));
    const b = window();
    await new Promise((r) => setTimeout(r, 5));
    releaseOld();
    await Promise.all([a, b]);
    expect(db.stored.get(JSON.stringify(NOTE))).toBe('new');
    expect(db.writes).toEqual(['old', 'new']);
  });
});

describe('draining soon after typing', () => {
  it('waits for a quiet moment, but no longer than the longest wait while typing goes on', () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const runs: number[] = [];
      const poke = quietScheduler(() => runs.push(Date.now()), 150, 1000);
      // A keystroke every 100 ms for 2.5 s: a drain each second, and one 150 ms after the last.
      for (let t = 0; t <= 2500; t += 100) {
        poke();
        vi.advanceTimersByTime(100);
      }
      vi.advanceTimersByTime(1000);
      expect(runs).toEqual([1000, 2000, 2650]);
    } finally {
      vi.useRealTimers();
    }
  });
});
