import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { createDb, getDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';
import { upsertDealFromContext } from '../../lib/db/deals';
import { createRep } from '../../lib/db/reps';
import { endSession, startSession } from '../../lib/db/sessions';
import { addCommitment, commitmentsForSession, deleteCommitment, openCommitmentsForRep, resolveCommitment, updateCommitment } from '../../lib/db/commitments';
import { attachDealHistoryToRep, deleteSession, repRecord, restoreDeletedSession } from '../../lib/db/session-lifecycle';
import { exportBackup, exportBackupBlob, previewRestore, readBackup, restoreBackup } from '../../lib/db/backup';
import { loadSessionsForExport } from '../../lib/db/sessions-export';
import { placeCommitments } from '../../lib/db/resolved-commitments';
import { TEXT_LIMITS } from '../../lib/schema/limits';
import type { CoachingSession, Commitment } from '../../lib/schema/records';
import { openAt } from '../support/schema-at';
import { dealContext } from '../support/deal-context';
import { seedBackup } from '../bench/seed';

/**
 * Version 7: a commitment that was followed up lives inside the record of the
 * session it was made in, so a restore writes fewer records. Whatever the
 * storage, the manager must see the same: every commitment of a session, the
 * rep's follow-through, exports and backups that list every commitment.
 */
const T = '2026-01-01T00:00:00.000Z';
const session = (id: string, repId: string | null, over: Partial<CoachingSession> = {}): CoachingSession => ({
  id, dealId: 'd1', repId, mode: 'quick', kind: 'strategic', status: 'ended', startedAt: T, endedAt: T, durationSec: 600, timeBoxMin: 10,
  contract: { what: 'Renewal', reason: '', importance: '' }, gap: null, plan: [], stage: null, private: true, updatedAt: T, ...over,
});
const commitment = (id: string, sessionId: string, status: Commitment['status'], over: Partial<Commitment> = {}): Commitment => ({
  id, sessionId, dealId: 'd1', repId: 'r1', text: `Commitment ${id}`, dueDate: '2026-02-01', followUp: '', suggestedBy: 'rep', status,
  outcomeNote: status === 'open' ? '' : 'Talked it through', createdAt: T, updatedAt: T, resolvedAt: status === 'open' ? null : T, ...over,
});

describe('where a commitment is stored', () => {
  it('keeps a followed-up commitment inside its session only when the session is there, is the same rep’s and has room', () => {
    const s1 = session('s1', 'r1');
    const placed = placeCommitments(
      [s1, session('s2', 'r2')],
      [commitment('open', 's1', 'open'), commitment('done', 's1', 'done'), commitment('other-rep', 's2', 'missed'), commitment('no-session', 'gone', 'done')],
    );
    expect(placed.sessions[0]!.resolvedCommitments?.map((c) => c.id)).toEqual(['done']);
    expect(placed.sessions[1]).not.toHaveProperty('resolvedCommitments');
    expect(placed.table.map((c) => c.id)).toEqual(['open', 'other-rep', 'no-session']);
    // A session full to its limit: the rest stay in the table.
    const many = Array.from({ length: TEXT_LIMITS.resolvedCommitmentsPerSession + 2 }, (_, i) => commitment(`m${i}`, 's1', 'done'));
    const full = placeCommitments([s1], many);
    expect(full.sessions[0]!.resolvedCommitments).toHaveLength(TEXT_LIMITS.resolvedCommitmentsPerSession);
    expect(full.table.map((c) => c.id)).toEqual([`m${TEXT_LIMITS.resolvedCommitmentsPerSession}`, `m${TEXT_LIMITS.resolvedCommitmentsPerSession + 1}`]);
  });

  it('never keeps two copies: a commitment already inside is replaced, or taken out when it is open again', () => {
    const s1 = session('s1', 'r1', { resolvedCommitments: [commitment('c', 's1', 'done', { text: 'old' })] });
    expect(placeCommitments([s1], [commitment('c', 's1', 'missed', { text: 'new' })]).sessions[0]!.resolvedCommitments!.map((c) => c.text)).toEqual(['new']);
    const reopened = placeCommitments([s1], [commitment('c', 's1', 'open')]);
    expect(reopened.sessions[0]!.resolvedCommitments).toEqual([]);
    expect(reopened.table.map((c) => c.id)).toEqual(['c']);
  });
});

describe('following up a commitment', () => {
  useFreshDb();

  async function sessionWithCommitments() {
    const deal = await upsertDealFromContext(dealContext());
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    const s = await startSession(
      { dealId: deal.id, repId: rep.id, mode: 'quick', kind: 'strategic', timeBoxMin: 5, stage: 'discovery', plan: [] },
      '2026-11-20T10:00:00.000Z',
    );
    const base = { sessionId: s.id, dealId: deal.id, repId: rep.id, dueDate: '2026-11-25', followUp: 'Ask me on Monday', suggestedBy: 'rep' as const };
    const a = await addCommitment({ ...base, text: 'Book the demo' }, '2026-11-20T10:01:00.000Z');
    const b = await addCommitment({ ...base, text: 'Map the buying group' }, '2026-11-20T10:02:00.000Z');
    await endSession(s.id, '2026-11-20T10:30:00.000Z');
    return { deal, rep, s, a, b };
  }

  it('moves it inside its session, and the session, the rep’s record and the measures still count it', async () => {
    const { rep, s, a, b } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'done', 'Demo booked for Thursday');
    const db = getDb();
    expect(await db.commitments.get(a.id)).toBeUndefined();
    const stored = await db.sessions.get(s.id);
    expect(stored?.resolvedCommitments?.map((c) => [c.id, c.status, c.outcomeNote])).toEqual([[a.id, 'done', 'Demo booked for Thursday']]);
    expect((await commitmentsForSession(s.id)).map((c) => [c.text, c.status])).toEqual([
      ['Book the demo', 'done'],
      ['Map the buying group', 'open'],
    ]);
    expect(await repRecord(rep.id)).toMatchObject({ kept: 1, open: 1, followThrough: 1, outcomes: [expect.objectContaining({ id: a.id })] });
    expect(stored?.measures).toMatchObject({ kept: 1, open: 1 });
    expect((await openCommitmentsForRep(rep.id)).map((c) => c.id)).toEqual([b.id]);
  });

  it('keeps a renegotiated promise in its session and the new one on the agenda', async () => {
    const { rep, s, a } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'renegotiated', 'Client on holiday', '2026-12-02');
    expect((await getDb().sessions.get(s.id))?.resolvedCommitments?.map((c) => c.status)).toEqual(['renegotiated']);
    expect((await openCommitmentsForRep(rep.id)).map((c) => [c.text, c.dueDate]).sort()).toEqual([
      ['Book the demo', '2026-12-02'],
      ['Map the buying group', '2026-11-25'],
    ]);
  });

  it('follows up again a commitment another tab followed up a moment before, keeping one copy', async () => {
    const { s, a } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'done', 'From the popup');
    await resolveCommitment(a.id, 'missed', 'From the panel');
    expect((await commitmentsForSession(s.id)).filter((c) => c.id === a.id).map((c) => [c.status, c.outcomeNote])).toEqual([['missed', 'From the panel']]);
  });

  it('still edits and removes a commitment after it was followed up', async () => {
    const { s, a } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'missed', '');
    await updateCommitment(a.id, { text: 'Book the demo with legal' });
    expect((await commitmentsForSession(s.id)).find((c) => c.id === a.id)?.text).toBe('Book the demo with legal');
    await deleteCommitment(a.id);
    expect((await commitmentsForSession(s.id)).map((c) => c.id)).not.toContain(a.id);
    expect((await getDb().sessions.get(s.id))?.resolvedCommitments).toEqual([]);
  });

  it('brings a deleted session back with the commitments it held', async () => {
    const { s, a, b } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'done', '');
    const gone = await deleteSession(s.id);
    expect(await commitmentsForSession(s.id)).toEqual([]);
    await restoreDeletedSession(gone!);
    expect((await commitmentsForSession(s.id)).map((c) => c.id)).toEqual([a.id, b.id]);
  });

  it('gives a rep linked afterwards the followed-up commitments of the deal’s earlier sessions', async () => {
    const deal = await upsertDealFromContext(dealContext());
    const s = await startSession({ dealId: deal.id, repId: null, mode: 'quick', kind: 'strategic', timeBoxMin: 5, stage: 'discovery', plan: [] });
    const c = await addCommitment({ sessionId: s.id, dealId: deal.id, repId: null, text: 'Send the deck', dueDate: '2026-11-25', followUp: '', suggestedBy: 'rep' });
    await endSession(s.id);
    await resolveCommitment(c.id, 'done', '');
    expect((await getDb().sessions.get(s.id))?.resolvedCommitments?.map((x) => x.id)).toEqual([c.id]);
    const rep = await createRep({ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
    await attachDealHistoryToRep([deal.id], rep.id);
    expect(await repRecord(rep.id)).toMatchObject({ kept: 1, followThrough: 1 });
  });

  it('lists every commitment in the sessions export and in backups, and a backup restores as it was', async () => {
    const { s, a, b } = await sessionWithCommitments();
    await resolveCommitment(a.id, 'done', 'Booked');
    const rows = await loadSessionsForExport();
    expect(rows.find((r) => r.session.id === s.id)?.commitments.map((c) => c.id)).toEqual([a.id, b.id]);

    const backup = await exportBackup();
    expect(backup.tables.commitments.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(backup.tables.sessions.every((x) => !('resolvedCommitments' in x))).toBe(true);
    const streamed = JSON.parse(await (await exportBackupBlob()).blob.text());
    expect(streamed.tables).toEqual(JSON.parse(JSON.stringify(backup.tables)));

    await getDb().delete();
    await getDb().open();
    expect(await restoreBackup(JSON.parse(JSON.stringify(backup)))).toMatchObject({ ok: true, written: backup.tables.commitments.length + 3 });
    expect((await getDb().sessions.get(s.id))?.resolvedCommitments?.map((c) => c.id)).toEqual([a.id]);
    expect(await getDb().commitments.count()).toBe(1);
    expect(JSON.parse(JSON.stringify((await exportBackup()).tables))).toEqual(JSON.parse(JSON.stringify(backup.tables)));
  });
});

describe('merging a backup into commitments stored both ways', () => {
  useFreshDb();

  async function here(sessions: CoachingSession[], commitments: Commitment[]) {
    const placed = placeCommitments(sessions, commitments);
    await getDb().sessions.bulkPut(placed.sessions);
    await getDb().commitments.bulkPut(placed.table);
  }
  const file = (sessions: CoachingSession[], commitments: Commitment[]) => ({
    format: 'sideline.backup', version: 2, exportedAt: '2026-03-01T00:00:00.000Z',
    tables: { reps: [], repLinks: [], deals: [], sessions, commitments, stageMappings: [], questionBanks: [], questionStates: [], customSites: [], settings: [] },
  });
  const where = async (id: string) => ((await getDb().commitments.get(id)) ? 'table' : ((await getDb().sessions.toArray()).find((x) => x.resolvedCommitments?.some((c) => c.id === id))?.id ?? 'nowhere'));

  it('moves a commitment followed up in the backup (newer) out of the table and into its session, once', async () => {
    await here([session('s1', 'r1')], [commitment('c', 's1', 'open')]);
    const r = await restoreBackup(file([session('s1', 'r1')], [commitment('c', 's1', 'done', { updatedAt: '2026-02-01T00:00:00.000Z' })]), { mode: 'merge' });
    expect(r).toMatchObject({ ok: true, written: 1, keptNewer: 0 });
    expect(await where('c')).toBe('s1');
    expect((await commitmentsForSession('s1')).map((c) => c.status)).toEqual(['done']);
  });

  it('keeps a commitment followed up here after the backup was made, and counts it as newer here', async () => {
    await here([session('s1', 'r1')], [commitment('c', 's1', 'done', { updatedAt: '2026-02-15T00:00:00.000Z' })]);
    const backup = file([session('s1', 'r1')], [commitment('c', 's1', 'open')]);
    const preview = await previewRestore((await readBackup(backup) as { backup: Parameters<typeof previewRestore>[0] }).backup);
    expect(preview.tables.find((p) => p.table === 'commitments')).toMatchObject({ inFile: 1, newerHere: 1, onlyHere: 0 });
    const r = await restoreBackup(backup, { mode: 'merge' });
    expect(r).toMatchObject({ ok: true, written: 0, keptNewer: 1 });
    expect(await where('c')).toBe('s1');
    expect(await getDb().commitments.count()).toBe(0);
  });

  it('keeps what a session holds here when the backup’s newer copy of the session wins', async () => {
    await here([session('s1', 'r1')], [commitment('local', 's1', 'done')]);
    const r = await restoreBackup(file([session('s1', 'r1', { updatedAt: '2026-02-01T00:00:00.000Z', contract: { what: 'From the backup', reason: '', importance: '' } })], []), { mode: 'merge' });
    expect(r).toMatchObject({ ok: true, written: 1 });
    const s1 = await getDb().sessions.get('s1');
    expect([s1?.contract.what, s1?.resolvedCommitments?.map((c) => c.id)]).toEqual(['From the backup', ['local']]);
  });

  it('moves what a session holds to the table when the backup gives the session another rep', async () => {
    await here([session('s1', 'r1')], [commitment('local', 's1', 'done')]);
    await restoreBackup(file([session('s1', 'r2', { updatedAt: '2026-02-01T00:00:00.000Z' })], []), { mode: 'merge' });
    expect(await where('local')).toBe('table');
    expect((await commitmentsForSession('s1')).map((c) => c.id)).toEqual(['local']);
  });

  it('counts the commitments held inside sessions as records here in the preview', async () => {
    await here([session('s1', 'r1')], [commitment('a', 's1', 'done'), commitment('b', 's1', 'open')]);
    const backup = await readBackup(file([], [commitment('z', 's9', 'open')]));
    const preview = await previewRestore((backup as { backup: Parameters<typeof previewRestore>[0] }).backup);
    expect(preview.tables.find((p) => p.table === 'commitments')).toMatchObject({ inFile: 1, added: 1, onlyHere: 2 });
  });

  it('reads a file whose sessions hold commitments the way the database does, and refuses one listing a commitment twice', async () => {
    const inside = commitment('c', 's1', 'done');
    const held = file([session('s1', 'r1', { resolvedCommitments: [inside] })], []);
    expect(await restoreBackup(held, { mode: 'replace' })).toMatchObject({ ok: true, records: 2 });
    expect((await commitmentsForSession('s1')).map((c) => c.id)).toEqual(['c']);
    const twice = file([session('s1', 'r1', { resolvedCommitments: [inside] })], [inside]);
    const refused = await restoreBackup(twice, { mode: 'replace' });
    expect(refused.ok).toBe(false);
    expect((refused as { errors: string[] }).errors).toEqual([expect.stringMatching(/^Commitments 1 and 2 in the file have the same id “c”/)]);
  });

  it('restores the bench’s backup into an empty database with four in five commitments inside their sessions', async () => {
    const backup = seedBackup({ deals: 20, notes: 200, commitments: 400 });
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    const open = backup.tables.commitments.filter((c) => c.status === 'open').length;
    expect(await getDb().commitments.count()).toBe(open);
    const exported = await exportBackup();
    expect(exported.tables.commitments).toHaveLength(backup.tables.commitments.length);
  });
});

describe('version 7: upgrading a version 6 database', () => {
  it('moves each followed-up commitment into its session, and leaves open ones, other reps’ and orphans in the table', async () => {
    const name = `v7-${crypto.randomUUID()}`;
    const old = openAt(name, 6);
    await old.open();
    await old.table('sessions').bulkAdd([session('s1', 'r1'), session('s2', 'r2')]);
    await old.table('commitments').bulkAdd([
      commitment('open', 's1', 'open'),
      commitment('done', 's1', 'done'),
      commitment('missed', 's1', 'missed'),
      commitment('other-rep', 's2', 'done'),
      commitment('orphan', 'gone', 'done'),
    ]);
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect((await db.sessions.get('s1'))?.resolvedCommitments?.map((c) => c.id).sort()).toEqual(['done', 'missed']);
    expect((await db.commitments.toArray()).map((c) => c.id).sort()).toEqual(['open', 'orphan', 'other-rep']);
    // Nothing a version 6 record held is lost.
    const held = (await db.sessions.get('s1'))!.resolvedCommitments!.find((c) => c.id === 'done');
    expect(held).toEqual(commitment('done', 's1', 'done'));
    db.close();
    await Dexie.delete(name);
  });
});
