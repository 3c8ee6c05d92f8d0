import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, createDb, getDb } from '../../lib/db/database';
import { exportBackup, exportBackupBlob, previewRestore, readBackup, restoreBackup } from '../../lib/db/backup';
import { addCommitment, openCommitmentsForDeal, resolveCommitment, snoozeCommitment } from '../../lib/db/commitments';
import { endSession, startSession } from '../../lib/db/sessions';
import { attachDealHistoryToRep, beginSession } from '../../lib/db/session-lifecycle';
import { openCommitmentsDueBy } from '../../lib/db/followups';
import { countDueFollowUps } from '../../lib/review/badge';
import { useFreshDb } from './setup';
import { seedBackup } from '../bench/seed';
import { openAt } from '../support/schema-at';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';

/*
 * Version 6: open commitments by due date and unfinished sessions by status
 * are read through indexes that hold only those records (a restore writes
 * 30,000 fewer index entries at the bench's data). The fields they index are
 * Sideline's own bookkeeping: derived on every write, never in a read, an
 * export or a backup.
 */
const T = '2026-01-01T00:00:00.000Z';

/** What IndexedDB itself holds, read without Sideline's code in between. */
async function stored(table: string, name = DB_NAME): Promise<Array<Record<string, unknown>>> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = (await raw.table(table).toArray()) as Array<Record<string, unknown>>;
  raw.close();
  return rows;
}

const commitment = (id: string, status: string, dueDate: string) => ({
  id, sessionId: 's-ended', dealId: 'd1', repId: 'r1', text: `Commitment ${id}`, dueDate,
  followUp: '', suggestedBy: 'rep', status, outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: status === 'open' ? null : T,
});
const session = (id: string, status: 'planned' | 'active' | 'ended', startedAt: string) => ({
  id, dealId: 'd1', repId: 'r1', mode: 'quick', kind: 'tactical', status, startedAt, endedAt: status === 'ended' ? startedAt : null,
  durationSec: status === 'ended' ? 60 : null, timeBoxMin: 5, contract: { what: '', reason: '', importance: '' }, gap: null, plan: [],
  stage: null, private: true, updatedAt: T,
});

describe('version 6: upgrading a version 5 database', () => {
  it('finds the open commitments and unfinished sessions written before the upgrade, and only those', async () => {
    const name = `sparse-${crypto.randomUUID()}`;
    const old = openAt(name, 5);
    await old.open();
    await old.table('commitments').bulkAdd([
      commitment('c-late', 'open', '2026-02-10'),
      commitment('c-soon', 'open', '2026-02-01'),
      commitment('c-done', 'done', '2026-01-20'),
      commitment('c-missed', 'missed', '2026-01-25'),
      { ...commitment('c-norep', 'done', '2026-01-26'), repId: null },
    ]);
    await old.table('sessions').bulkAdd([session('s-planned', 'planned', '2026-02-03T09:00:00Z'), session('s-active', 'active', '2026-02-02T09:00:00Z'), session('s-ended', 'ended', '2026-01-02T09:00:00Z')]);
    old.close();

    // Version 6 as it shipped (version 7 then moves followed-up commitments into their sessions).
    const db = createDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= 6));
    await db.open();
    expect(db.verno).toBe(6);
    const open = await db.commitments.where('openDue').between(Dexie.minKey, '2026-12-31', true, true).toArray();
    expect(open.map((c) => c.id)).toEqual(['c-soon', 'c-late']);
    expect(await db.commitments.orderBy('openDue').count()).toBe(2);
    // By deal: the open ones, and a closed one only while it has no rep.
    expect((await db.commitments.where('pendingDealId').equals('d1').toArray()).map((c) => c.id).sort()).toEqual(['c-late', 'c-norep', 'c-soon']);
    expect((await db.sessions.where('openStatus').anyOf('active', 'planned').toArray()).map((s) => s.id).sort()).toEqual(['s-active', 's-planned']);
    expect(await db.sessions.orderBy('openStatus').count()).toBe(2);
    // The records read back exactly as they were written: the index fields never show.
    expect(await db.commitments.get('c-soon')).toEqual(commitment('c-soon', 'open', '2026-02-01'));
    expect(await db.sessions.get('s-active')).toEqual(session('s-active', 'active', '2026-02-02T09:00:00Z'));
    // Deals lost only their redundant indexes.
    expect(db.deals.schema.indexes.map((i) => i.name).sort()).toEqual(['[repId+lastSeenAt]', 'key']);
    db.close();
    await Dexie.delete(name);
  });
});

describe('version 6: the open-only indexes follow every write', () => {
  useFreshDb();

  it('a commitment leaves the follow-ups when it is resolved, and a renegotiated one comes back at its new date', async () => {
    const c = await addCommitment({ sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Send the proposal', dueDate: '2026-03-01', followUp: '', suggestedBy: 'rep' });
    const other = await addCommitment({ sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Call legal', dueDate: '2026-03-05', followUp: '', suggestedBy: 'rep' });
    expect((await openCommitmentsDueBy('2026-12-31')).map((x) => x.id)).toEqual([c.id, other.id]);
    await snoozeCommitment(other.id, '2026-02-20');
    expect((await openCommitmentsDueBy('2026-12-31')).map((x) => x.id)).toEqual([other.id, c.id]);
    expect(await openCommitmentsDueBy('2026-02-25')).toEqual([expect.objectContaining({ id: other.id, dueDate: '2026-02-20' })]);
    await resolveCommitment(c.id, 'done', 'Sent');
    await resolveCommitment(other.id, 'renegotiated', 'Legal is out', '2026-04-01');
    const open = await openCommitmentsDueBy('2026-12-31');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ text: 'Call legal', dueDate: '2026-04-01', status: 'open' });
    // Stored: only the open one carries the index field, the closed ones carry none.
    const raw = await stored('commitments');
    expect(raw.filter((r) => 'openDue' in r).map((r) => r.openDue)).toEqual(['2026-04-01']);
    expect(raw.filter((r) => 'pendingDealId' in r).map((r) => r.openDue)).toEqual(['2026-04-01']);
    // The badge counts the same open commitments.
    expect(await countDueFollowUps('2026-12-31')).toBe(1);
  });

  it('a session is found as unfinished while planned and begun, and no longer once ended', async () => {
    const s = await startSession({ dealId: 'd1', repId: null, mode: 'quick', kind: 'tactical', timeBoxMin: 5, plan: [], stage: null, begin: false });
    const unfinished = () => getDb().sessions.where('openStatus').anyOf('active', 'planned').toArray();
    expect((await unfinished()).map((x) => [x.id, x.status])).toEqual([[s.id, 'planned']]);
    await beginSession(s.id);
    expect((await unfinished()).map((x) => [x.id, x.status])).toEqual([[s.id, 'active']]);
    const ended = await endSession(s.id);
    expect(await unfinished()).toEqual([]);
    expect(ended).not.toHaveProperty('openStatus');
    expect((await stored('sessions'))[0]).not.toHaveProperty('openStatus');
  });
});

describe('version 6: a deal’s commitments', () => {
  useFreshDb();

  it('the panel finds a deal’s open commitments, and a rep linked later gets every commitment of the deal, closed ones too', async () => {
    const db = getDb();
    await db.commitments.bulkAdd([
      { ...commitment('c-open', 'open', '2026-03-01'), repId: null },
      { ...commitment('c-done', 'done', '2026-02-01'), repId: null },
      { ...commitment('c-other-rep', 'done', '2026-02-02'), repId: 'r9' },
      { ...commitment('c-other-deal', 'open', '2026-02-03'), dealId: 'd2', repId: null },
    ] as never);
    expect((await openCommitmentsForDeal('d1')).map((c) => c.id)).toEqual(['c-open']);
    await attachDealHistoryToRep(['d1'], 'r1');
    const byId = Object.fromEntries((await db.commitments.toArray()).map((c) => [c.id, c.repId]));
    expect(byId).toEqual({ 'c-open': 'r1', 'c-done': 'r1', 'c-other-rep': 'r9', 'c-other-deal': null });
    // Closed and now the rep's: out of the deal's index; open: still in it.
    expect((await db.commitments.where('pendingDealId').equals('d1').primaryKeys()).sort()).toEqual(['c-open']);
  });

  it('a restore that meets the same CRM deal under another id moves all its commitments, closed ones too', async () => {
    const db = getDb();
    const backup = JSON.parse(JSON.stringify(seedBackup({ deals: 3, notes: 10, commitments: 6 })));
    const deal = backup.tables.deals[1];
    // Here: the same CRM deal under another id, with a closed commitment of the rep and an open one.
    await db.deals.add({ ...deal, id: 'local-deal' });
    await db.commitments.bulkAdd([
      { ...commitment('c-here-done', 'done', '2026-02-01'), dealId: 'local-deal' },
      { ...commitment('c-here-open', 'open', '2026-02-02'), dealId: 'local-deal' },
    ] as never);
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, repointed: 1 });
    expect((await db.commitments.bulkGet(['c-here-done', 'c-here-open'])).map((c) => c?.dealId)).toEqual([deal.id, deal.id]);
    expect(await db.deals.get('local-deal')).toBeUndefined();
    expect((await openCommitmentsForDeal(deal.id)).map((c) => c.id)).toContain('c-here-open');
  });
});

describe('version 6: backups never carry the index fields', () => {
  useFreshDb();

  it('exports records without them, and a restore finds the open ones again', async () => {
    const backup = JSON.parse(JSON.stringify(seedBackup({ deals: 20, notes: 200, commitments: 120 })));
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    const raw = await stored('commitments');
    expect(raw.filter((r) => 'openDue' in r)).toHaveLength(backup.tables.commitments.filter((c: { status: string }) => c.status === 'open').length);
    const exported = await exportBackup(new Date(0));
    const text = await (await exportBackupBlob(new Date(0))).blob.text();
    for (const field of ['openDue', 'pendingDealId', 'openStatus']) {
      expect(JSON.stringify(exported)).not.toContain(field);
      expect(text).not.toContain(field);
    }
    // What went in comes out, record for record.
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.tables.commitments)).toEqual(byId(backup.tables.commitments));
    expect(byId(exported.tables.sessions)).toEqual(byId(backup.tables.sessions));
    // The same file previewed over the database it came from: every session and commitment is the same one.
    const again = await readBackup(JSON.parse(text));
    if (!again.ok) throw new Error(again.errors.join('\n'));
    const preview = await previewRestore(again.backup);
    for (const table of ['sessions', 'commitments'] as const) {
      expect(preview.tables.find((p) => p.table === table)).toMatchObject({ inFile: backup.tables[table].length, same: backup.tables[table].length });
    }
  });
});
