import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JournalClient, type JournalClientOptions } from '../../lib/journal/client';
import { createDrainer } from '../../lib/journal/drain';
import { entryKey, fieldKey, JOURNAL_VERSION, type JournalEntry, type JournalTarget } from '../../lib/journal/entry';

const NOTE: JournalTarget = { kind: 'note', sessionId: 's1', dealId: 'd1', repId: 'r1' };
const FIELD = fieldKey(NOTE);

/** What the database holds, written by a drain of the (fake) storage.local journal. */
let stored: Map<string, string>;
let clients: JournalClient[];

function makeClient(over: Partial<JournalClientOptions> = {}) {
  const drain = createDrainer(fakeBrowser.storage.local, async (e) => {
    stored.set(fieldKey(e.target), e.text);
  });
  const c = new JournalClient({
    area: fakeBrowser.storage.local,
    onChanged: fakeBrowser.storage.onChanged as unknown as JournalClientOptions['onChanged'],
    deliver: drain,
    writer: 'page-1',
    ...over,
  });
  clients.push(c);
  return c;
}

async function journal(): Promise<JournalEntry[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('journal:'))
    .map(([, v]) => v as JournalEntry);
}

/** Lets promises and timers run for `ms` of fake time. */
async function pass(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  fakeBrowser.reset();
  stored = new Map();
  clients = [];
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  for (const c of clients) c.dispose();
  vi.useRealTimers();
});

describe('typing into a durable field', () => {
  it('puts each keystroke’s whole value in the journal in the same task, before anything is awaited', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const c = makeClient();
    c.write(NOTE, 'D');
    c.write(NOTE, 'Da');
    // Called synchronously: a tab closing right after the keystroke still sent it.
    expect(set).toHaveBeenCalledTimes(2);
    const last = set.mock.calls[1]![0] as Record<string, JournalEntry>;
    expect(Object.values(last)[0]).toMatchObject({ v: JOURNAL_VERSION, target: NOTE, text: 'Da', writer: 'page-1' });
  });

  it('stays "saving" until the drain has written the value, then "saved"', async () => {
    const c = makeClient();
    await c.ready;
    c.write(NOTE, 'Dana is sure');
    expect(c.status(FIELD).state).toBe('saving');
    await pass(50);
    expect(c.status(FIELD).state).toBe('saving'); // not delivered before the typing pauses
    await pass(400);
    expect(stored.get(FIELD)).toBe('Dana is sure');
    expect(c.status(FIELD)).toEqual({ state: 'saved', error: null, kept: true });
    expect(await journal()).toEqual([]);
  });

  it('keeps one entry per field while typing: a stored value replaces the ones before it, and that is no acknowledgement', async () => {
    const deliver = vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    const c = makeClient({ deliver });
    await c.ready;
    for (const t of ['W', 'Wh', 'Wha', 'What']) c.write(NOTE, t);
    await pass(10);
    expect((await journal()).map((e) => e.text)).toEqual(['What']);
    expect(c.status(FIELD).state).toBe('saving');
  });

  it('retries a drain that could not be reached, backing off, and says "unsaved" after two seconds', async () => {
    let reachable = false;
    const drain = createDrainer(fakeBrowser.storage.local, async (e) => void stored.set(fieldKey(e.target), e.text));
    const deliver = vi.fn(() => (reachable ? drain() : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))));
    const c = makeClient({ deliver });
    const seen: string[] = [];
    c.watch(FIELD, () => seen.push(c.status(FIELD).state));
    await c.ready;
    c.write(NOTE, 'Tell me more');
    await pass(1999);
    expect(c.status(FIELD).state).toBe('saving');
    await pass(2);
    expect(c.status(FIELD).state).toBe('unsaved');
    const triesBy2s = deliver.mock.calls.length;
    expect(triesBy2s).toBeGreaterThanOrEqual(3); // 300 ms after typing, then 250, 500, 1000 ms later
    await pass(8000);
    // Backing off: far fewer tries in the next 8 s than one every 250 ms.
    expect(deliver.mock.calls.length - triesBy2s).toBeLessThanOrEqual(4);
    expect(stored.has(FIELD)).toBe(false);
    reachable = true;
    await pass(5000);
    expect(stored.get(FIELD)).toBe('Tell me more');
    expect(c.status(FIELD).state).toBe('saved');
    expect(seen).toEqual(['saving', 'unsaved', 'saved']);
  });

  it('does not call a field "unsaved" while the manager types on and drains keep landing', async () => {
    const c = makeClient();
    await c.ready;
    // The background drains on its own about once a second while typing goes on.
    const bg = createDrainer(fakeBrowser.storage.local, async (e) => void stored.set(fieldKey(e.target), e.text));
    let text = '';
    for (let i = 0; i < 60; i++) {
      text += 'a';
      c.write(NOTE, text);
      await pass(100);
      if (i % 10 === 9) await bg();
      expect(c.status(FIELD).state).not.toBe('unsaved');
    }
  });

  it('says "unsaved", with the reason, at once when the journal refuses the write, and stores it once it can', async () => {
    const c = makeClient();
    await c.ready;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    c.write(NOTE, 'Long notes');
    await pass(0);
    expect(c.status(FIELD)).toEqual({ state: 'unsaved', error: 'the browser’s storage for Sideline is full', kept: false });
    await pass(3000);
    expect(set.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(stored.get(FIELD)).toBe('Long notes');
    expect(c.status(FIELD).state).toBe('saved');
  });

  it('says at once when the database refused the value, keeps it in the journal, and clears that once it lands', async () => {
    let refuse = true;
    const drain = createDrainer(fakeBrowser.storage.local, async (e) => {
      if (refuse) throw new Error('Invalid input: expected string');
      stored.set(fieldKey(e.target), e.text);
    });
    const c = makeClient({ deliver: drain });
    await c.ready;
    c.write(NOTE, 'A note');
    await pass(350);
    expect(c.status(FIELD)).toEqual({ state: 'unsaved', error: 'the database did not accept it yet', kept: true });
    expect((await journal()).map((e) => e.text)).toEqual(['A note']);
    refuse = false;
    await pass(5000);
    expect(stored.get(FIELD)).toBe('A note');
    expect(c.status(FIELD)).toEqual({ state: 'saved', error: null, kept: true });
  });

  it('shows and saves a value left in the journal by a page that closed before it landed', async () => {
    const left: JournalEntry = { v: JOURNAL_VERSION, target: NOTE, text: 'Typed, then the tab closed', at: 5, writer: 'closed-tab', n: 0 };
    await fakeBrowser.storage.local.set({ [entryKey(left)]: left });
    const c = makeClient();
    await c.ready;
    expect(c.pending(FIELD)?.text).toBe('Typed, then the tab closed');
    expect(c.adopt(FIELD)?.text).toBe('Typed, then the tab closed');
    expect(c.status(FIELD).state).toBe('saving');
    await pass(100);
    expect(stored.get(FIELD)).toBe('Typed, then the tab closed');
    expect(c.status(FIELD).state).toBe('saved');
    expect(c.pending(FIELD)).toBeUndefined();
  });

  it('lets an action wait until typed text has landed (ending a session, appending a prompt)', async () => {
    const c = makeClient();
    await c.ready;
    await expect(c.whenSaved(100)).resolves.toBe(true);
    c.write(NOTE, 'Almost done');
    const saved = c.whenSaved(2000);
    await pass(50);
    await expect(saved).resolves.toBe(true);
    expect(stored.get(FIELD)).toBe('Almost done');

    const unreachable = makeClient({ deliver: () => Promise.reject(new Error('no receiver')), writer: 'page-2' });
    await unreachable.ready;
    unreachable.write({ kind: 'gap', sessionId: 's1', part: 'current' }, 'Stuck');
    const gaveUp = unreachable.whenSaved(1000);
    await pass(1000);
    await expect(gaveUp).resolves.toBe(false);
  });

  it('a newer value from another page of the same field acknowledges this page’s older one (last typed wins)', async () => {
    const a = makeClient({ deliver: () => Promise.reject(new Error('down')), writer: 'a' });
    const b = makeClient({ writer: 'b' });
    await Promise.all([a.ready, b.ready]);
    a.write(NOTE, 'from a');
    await pass(1);
    b.write(NOTE, 'from b, later');
    await pass(500);
    expect(stored.get(FIELD)).toBe('from b, later');
    expect(a.status(FIELD).state).toBe('saved');
    expect(b.status(FIELD).state).toBe('saved');
  });
});
