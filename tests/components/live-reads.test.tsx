// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';
import { broadcastDbChanges } from '../../lib/db/broadcast';
import { saveSessionNote } from '../../lib/db/notes';
import { db, primeDbQuery, useDbQuery, type PrimedRead } from '../../components/data';
import type { CoachingSession, Deal, Rep } from '../../lib/schema/records';
import { answerDbCallsHere } from '../support/db-background';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * The embedded panel reads through the background. Here the "background" is
 * a listener in the same test context that answers db:call with runDbCall, as
 * the real one does, and counts the calls; db:changed messages are recorded.
 */
const calls: string[] = [];
const changed: unknown[] = [];
beforeAll(async () => {
  await answerDbCallsHere((msg) => {
    if (msg.type === 'db:changed') changed.push(msg.tables);
    if (msg.type === 'db:call') calls.push(msg.fn!);
  });
  broadcastDbChanges();
});

/** What the background would broadcast, delivered as from our own extension. */
const tablesChanged = (tables?: string[]) =>
  act(async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'db:changed', tables }, { id: fakeBrowser.runtime.id }, () => {});
    await settle();
  });
const settle = () => new Promise((r) => setTimeout(r, 60));

async function seed() {
  const ok = async <T,>(fn: string, ...args: unknown[]) => {
    const r = await runDbCall(fn, args);
    if (!r.ok) throw new Error(r.error);
    return r.value as T;
  };
  const { deal } = await ok<{ deal: Deal }>('recordDealVisit', {
    crm: 'hubspot', dealId: '42', host: 'app.hubspot.com', url: 'https://app.hubspot.com/x/42',
    name: { value: 'Initech — Pilot', source: 't' }, stage: null, amount: null, closeDate: null, owner: { value: 'Dana Reyes', source: 't' },
  });
  const rep = await ok<Rep>('createRep', { name: 'Dana Reyes', tier: 'middle', trust: 'silver' });
  const session = await ok<CoachingSession>('startSession', {
    dealId: deal.id, repId: rep.id, mode: 'quick', kind: 'strategic', timeBoxMin: 5, stage: 'discovery', plan: [],
  });
  await ok('saveSessionNote', session, 'First words.');
  return { deal, rep, session };
}

/** A page that shows the reps through a live read that may take an answer asked for early. */
async function showPrimedReps(primed: PrimedRead<Rep[]> | undefined): Promise<HTMLElement> {
  function Popup() {
    const list = useDbQuery((q) => q.listReps(), [], primed);
    return <output>{list ? list.map((r) => r.name).join(', ') : 'loading'}</output>;
  }
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(<Popup />);
    await settle();
  });
  return host;
}

describe('the panel’s live reads follow the data', () => {
  it('re-runs only the reads of the tables that changed, and shows what was saved', async () => {
    const { deal, session } = await seed();
    await settle();
    changed.length = 0;
    await runDbCall('saveSessionNote', [session, 'First words.']);
    await settle();
    // The running note lives inside its session record (database version 3),
    // but an autosave is announced as a change of the note alone (lib/db/changes.ts).
    expect(changed, 'a note save names the note alone').toEqual([['sessions.note']]);
    // Any other write to sessions names the table.
    changed.length = 0;
    await runDbCall('patchContract', [session.id, { what: 'Pilot scope' }]);
    await settle();
    expect(changed).toEqual([['sessions']]);

    function Panel() {
      const note = useDbQuery((q) => q.getSessionNote(session.id), [session.id]);
      const reps = useDbQuery((q) => q.listReps(), []);
      // Like History: a second read after an await, through the query's own client.
      const names = useDbQuery(async (q) => {
        const sessions = await q.sessionsForDeal(deal.id, 10);
        const deals = await q.getDeals([...new Set(sessions.map((s) => s.dealId))]);
        return deals.map((d) => d.name).join(', ');
      }, [deal.id]);
      return (
        <output>
          {note?.text} | {reps?.length} | {names}
        </output>
      );
    }
    const host = document.createElement('div');
    document.body.append(host);
    await act(async () => {
      createRoot(host).render(<Panel />);
      await settle();
    });
    expect(host.textContent).toBe('First words. | 1 | Initech — Pilot');

    calls.length = 0;
    await act(async () => {
      await db.saveSessionNote({ id: session.id, dealId: session.dealId, repId: session.repId }, 'Then more.');
    });
    await tablesChanged(['sessions.note']);
    // An autosave re-runs the note's read alone: not the other reads of sessions, nor the reps list.
    expect(calls.sort()).toEqual(['getSessionNote', 'saveSessionNote']);
    expect(host.textContent).toBe('Then more. | 1 | Initech — Pilot');

    // A change of the whole table reaches the note's read too (a deleted session, a restore).
    calls.length = 0;
    await tablesChanged(['sessions']);
    expect(calls.sort()).toEqual(['getDeals', 'getSessionNote', 'sessionsForDeal']);

    calls.length = 0;
    await tablesChanged(['deals']);
    expect(calls.sort()).toEqual(['getDeals', 'sessionsForDeal']);

    calls.length = 0;
    await tablesChanged(['stageMappings']);
    expect(calls).toEqual([]);

    // A sender that does not say which tables changed: every read runs again.
    calls.length = 0;
    await tablesChanged();
    expect(calls.sort()).toEqual(['getDeals', 'getSessionNote', 'listReps', 'sessionsForDeal']);
  });

  it('announces a note saved inside a wider write as a change of the sessions table', async () => {
    const { session } = await seed();
    await settle();
    changed.length = 0;
    const database = getDb();
    // The wider transaction may change more of the session than its note.
    await database.transaction('rw', database.sessions, async () => {
      await saveSessionNote(session, 'Inside a wider write.');
      await database.sessions.update(session.id, { timeBoxMin: 15 });
    });
    await settle();
    expect(changed).toEqual([['sessions']]);
  });

  it('a read asked for before the page renders is shown without asking again, and follows changes like any live read', async () => {
    const reps = async () => {
      const r = await runDbCall('listReps', []);
      if (!r.ok) throw new Error(r.error);
      return r.value as Rep[];
    };
    calls.length = 0;
    const primed = primeDbQuery((q) => q.listReps());
    expect(calls, 'asked for at once, before any render').toEqual(['listReps']);
    const host = await showPrimedReps(primed);
    expect(calls, 'the live read took the answer and did not ask again').toEqual(['listReps']);
    expect(host.textContent).toBe((await reps()).map((r) => r.name).join(', '));

    await act(async () => {
      await db.createRep({ name: 'Noor Haddad', tier: 'top', trust: 'bronze' });
    });
    await tablesChanged(['reps']);
    expect(host.textContent).toContain('Noor Haddad');
  });

  it('a read asked for early asks again when a table it read changed before the page took its answer', async () => {
    const primed = primeDbQuery((q) => q.listReps());
    await primed!.promise;
    // A change the page cannot have seen: it happened before the page rendered.
    await runDbCall('createRep', [{ name: 'Late Larkin', tier: 'bottom', trust: 'bronze' }]);
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'db:changed', tables: ['reps'] }, { id: fakeBrowser.runtime.id }, () => {});
    });
    expect(primed!.changed).toBe(true);
    calls.length = 0;
    const host = await showPrimedReps(primed);
    await act(async () => { await settle(); });
    expect(calls, 'asked again once, after showing the early answer').toEqual(['listReps']);
    expect(host.textContent).toContain('Late Larkin');
  });

  it('refuses a call with bad arguments on the receiving side and says why', async () => {
    await expect(db.updateSession('s1', { status: 'bogus', plan: 'x' } as never)).rejects.toThrow(/updateSession was refused: .*argument 2\.plan/);
  });
});
