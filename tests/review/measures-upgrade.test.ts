import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, createDb, getDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { askTellRatio } from '../../lib/coaching';
import { deal, endedSession, rep } from './fixtures';

/** The database as the version before 4 left it (version 3: each session holds its running note). */
function openBefore4(name: string): Dexie {
  const db = new Dexie(name);
  for (const s of SCHEMA_VERSIONS.filter((v) => v.version < 4)) {
    const v = db.version(s.version).stores(s.stores);
    if (s.upgrade) v.upgrade(s.upgrade);
  }
  return db;
}

const NOTE = 'How did the call go? Tell the champion to loop in legal.';

describe('version 4 backfills the measures of sessions that ended before it', () => {
  it('gives every ended session its measures from its notes and commitments, leaves running ones alone, and the backup still restores', async () => {
    await Dexie.delete(DB_NAME);
    const old = openBefore4(DB_NAME);
    await old.open();
    const before = old.verno;
    expect(before).toBeLessThan(4);
    const plan = [
      { questionId: 'q1', text: 'What changed?', role: 'opener', reason: '', followUps: [], asked: true, answer: '' },
      { questionId: 'q2', text: 'Who decides?', role: 'stage', reason: '', followUps: [], asked: false, answer: '' },
    ];
    await old.table('reps').add(rep('r1', 'middle'));
    await old.table('deals').bulkAdd([deal('d1', 'r1', '2026-11-01T00:00:00.000Z'), deal('d2', 'r1', '2026-11-05T00:00:00.000Z')]);
    const { measures: _none, ...bare } = endedSession('s1', 'r1', '2026-11-02T10:00:00.000Z', 900, { plan: plan as never });
    const note = (text: string) => ({ text, createdAt: bare.startedAt, updatedAt: bare.startedAt });
    const ended = { ...bare, note: note(NOTE) };
    await old.table('sessions').bulkAdd([ended, { ...ended, id: 's2', status: 'active', endedAt: null, durationSec: null, note: note('Do it now.') }]);
    const c = { dealId: 'd1', repId: 'r1', dueDate: '2026-11-10', followUp: '', outcomeNote: '', createdAt: ended.startedAt, updatedAt: ended.startedAt };
    await old.table('commitments').bulkAdd([
      { ...c, id: 'c1', sessionId: 's1', text: 'Map the buying group', suggestedBy: 'rep', status: 'done', resolvedAt: ended.startedAt },
      { ...c, id: 'c2', sessionId: 's1', text: 'Send the deck', suggestedBy: 'manager', status: 'open', resolvedAt: null },
    ]);
    old.close();

    const current = getDb();
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version);
    const s1 = await current.sessions.get('s1');
    const { asks, tells } = askTellRatio([NOTE]);
    expect(s1?.measures).toMatchObject({ questionsAsked: 1, asks, tells, repOwned: 1, managerSuggested: 1, kept: 1, open: 1 });
    expect((await current.sessions.get('s2'))?.measures).toBeUndefined();
    // Nothing else changed (version 7 then keeps the followed-up commitment inside the session).
    expect({ ...s1, measures: undefined, resolvedCommitments: undefined }).toEqual({ ...ended, measures: undefined });
    expect(s1?.resolvedCommitments?.map((x) => x.id)).toEqual(['c1']);
    // The rep's latest deal, through the new index.
    const latest = await current.deals.where('[repId+lastSeenAt]').between(['r1', Dexie.minKey], ['r1', Dexie.maxKey]).reverse().first();
    expect(latest?.id).toBe('d2');
    const backup = await exportBackup();
    expect(await restoreBackup(JSON.parse(JSON.stringify(backup)))).toMatchObject({ ok: true, records: 7 });
    expect((await current.sessions.get('s1'))?.measures).toEqual(s1?.measures);
  });

  it('opens a database that already has version 4 without touching it again', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    const db = createDb(name);
    await db.open();
    expect(db.deals.schema.idxByName['[repId+lastSeenAt]']).toBeDefined();
    db.close();
    await Dexie.delete(name);
  });
});
