import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, createDb, getDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { openAt } from '../support/schema-at';

/**
 * Every earlier schema version is opened with data in it, then upgraded to
 * the current schema by the real code (its upgrade functions run); nothing
 * written before may be lost. Each version added to lib/db/versions.ts makes
 * the one before it "earlier", so it needs seed data below.
 */
const T = '2026-01-01T00:00:00.000Z';
const SEED: Record<string, Record<string, Array<Record<string, unknown>>>> = {
  '1': {
    reps: [{ id: 'r1', name: 'Sam Okafor', tier: 'middle', trust: 'bronze', lastCoachedAt: null, createdAt: T, updatedAt: T }],
    commitments: [
      {
        id: 'c1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'I will map the buying committee', dueDate: '2026-02-01',
        followUp: 'Ask me on Monday', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
      },
      {
        id: 'c2', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Done already', dueDate: '2026-01-15',
        followUp: '', suggestedBy: 'manager', status: 'done', outcomeNote: 'Sent', createdAt: T, updatedAt: T, resolvedAt: T,
      },
      {
        id: 'c3', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Call the CFO', dueDate: '2026-01-20',
        followUp: '', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
      },
    ],
    notes: [{ id: 'n1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Rep wants help with procurement.', createdAt: T, updatedAt: T }],
    repLinks: [{ id: 'l1', crm: 'hubspot', ownerKey: 'sam okafor', repId: 'r1' }],
  },
  // Version 4 adds [repId+lastSeenAt] on deals and measures on ended sessions (tests/review/measures-upgrade.test.ts).
  '2': {
    deals: [
      {
        id: 'd1', key: 'hubspot:app.hubspot.com:1', crm: 'hubspot', host: 'app.hubspot.com', crmDealId: '1', url: 'https://app.hubspot.com/contacts/1/record/0-3/1',
        name: 'Acme', stageLabel: 'Discovery', amount: 10, currency: 'USD', closeDate: null, ownerName: 'Sam Okafor', repId: 'r1', overrides: {},
        stageSince: T, firstSeenAt: T, lastSeenAt: T,
      },
    ],
    commitments: [
      {
        id: 'c20', sessionId: 's2', dealId: 'd1', repId: 'r1', text: 'Book the security review', dueDate: '2026-02-10',
        followUp: 'Slack me', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
      },
    ],
    notes: [{ id: 'n20', sessionId: 's2', dealId: 'd1', repId: 'r1', text: 'Security review is the blocker.', createdAt: T, updatedAt: T }],
  },
  '3': {
    sessions: [
      {
        id: 's3', dealId: 'd1', repId: 'r1', mode: 'quick', kind: 'strategic', status: 'active', startedAt: '2026-03-01T09:00:00Z', endedAt: null,
        durationSec: null, timeBoxMin: 5, contract: { what: '', reason: '', importance: '' }, gap: null, plan: [], stage: null, private: true,
        note: { text: 'Kept inside the session.', createdAt: '2026-03-01T09:01:00Z', updatedAt: '2026-03-01T09:02:00Z' }, updatedAt: '2026-03-01T09:02:00Z',
      },
    ],
  },
  // Version 5 records whether the manager chose each rep's tier (tierSetAt); tested below.
  '4': {
    reps: [
      { id: 'r4-top', name: 'Tom Top', tier: 'top', trust: 'gold', lastCoachedAt: null, createdAt: T, updatedAt: T },
      { id: 'r4-default', name: 'Mia Made-From-Owner', tier: 'middle', trust: 'bronze', lastCoachedAt: '2026-04-02T09:00:00.000Z', createdAt: T, updatedAt: T },
      { id: 'r4-edited', name: 'Eve Edited', tier: 'middle', trust: 'silver', lastCoachedAt: null, createdAt: T, updatedAt: '2026-04-01T08:00:00.000Z' },
    ],
  },
  // Version 6 reads open commitments and unfinished sessions through indexes that hold only those (tests/db/sparse-indexes.test.ts).
  '5': {
    sessions: (['planned', 'active', 'ended'] as const).map((status, i) => ({
      id: `s5-${status}`, dealId: 'd1', repId: 'r1', mode: 'quick', kind: 'tactical', status, startedAt: `2026-05-0${i + 1}T09:00:00.000Z`,
      endedAt: status === 'ended' ? '2026-05-03T09:30:00.000Z' : null, durationSec: status === 'ended' ? 1800 : null, timeBoxMin: 30,
      contract: { what: 'Pricing', reason: '', importance: '' }, gap: null, plan: [], stage: null, private: true, updatedAt: T,
    })),
    commitments: (['open', 'done', 'missed'] as const).map((status, i) => ({
      id: `c5-${status}`, sessionId: 's5-ended', dealId: 'd1', repId: 'r1', text: `Commitment ${status}`, dueDate: `2026-06-0${i + 1}`,
      followUp: '', suggestedBy: 'rep', status, outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: status === 'open' ? null : T,
    })),
  },
  // Version 7 keeps followed-up commitments inside their session (tests/db/resolved-commitments.test.ts).
  '6': {
    sessions: [
      {
        id: 's6', dealId: 'd1', repId: 'r1', mode: 'full', kind: 'strategic', status: 'ended', startedAt: '2026-06-01T09:00:00.000Z',
        endedAt: '2026-06-01T09:30:00.000Z', durationSec: 1800, timeBoxMin: 30, contract: { what: 'Renewal', reason: '', importance: '' },
        gap: null, plan: [], stage: null, private: true, updatedAt: T,
      },
    ],
    commitments: (['open', 'done', 'renegotiated'] as const).map((status, i) => ({
      id: `c6-${status}`, sessionId: 's6', dealId: 'd1', repId: 'r1', text: `Commitment ${status}`, dueDate: `2026-07-0${i + 1}`,
      followUp: '', suggestedBy: 'rep', status, outcomeNote: status === 'open' ? '' : 'Talked it through', createdAt: T, updatedAt: T,
      resolvedAt: status === 'open' ? null : T,
    })),
  },
};

/** Commitments by id wherever the database keeps them: the table, or inside their session (version 7). */
async function commitmentsWherever(db: Dexie, ids: string[]): Promise<Array<Record<string, unknown> | undefined>> {
  const inTable = (await db.table('commitments').bulkGet(ids)) as Array<Record<string, unknown> | undefined>;
  const sessions = (await db.table('sessions').toArray()) as Array<{ resolvedCommitments?: Array<Record<string, unknown> & { id: string }> }>;
  const inside = new Map(sessions.flatMap((x) => (x.resolvedCommitments ?? []).map((c) => [c.id, c] as const)));
  return ids.map((id, i) => inTable[i] ?? inside.get(id));
}

/** Tables a later version removed (their records moved elsewhere, tested below), by the version that removed them. */
const liveTables = new Set(Object.keys(SCHEMA_VERSIONS.reduce<Record<string, string | null>>((all, v) => ({ ...all, ...v.stores }), {})).filter((t) =>
  SCHEMA_VERSIONS.reduce<string | null | undefined>((spec, v) => (t in v.stores ? v.stores[t] : spec), undefined) !== null,
));

const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

describe('upgrading the database keeps what the manager wrote', () => {
  for (const step of SCHEMA_VERSIONS.filter((s) => s.version < latest)) {
    it(`opens a version ${step.version} database with data and upgrades it to version ${latest} without losing a record`, async () => {
      const name = `migrate-${step.version}-${crypto.randomUUID()}`;
      const seed = SEED[String(step.version)];
      expect(seed, `seed data for version ${step.version}`).toBeDefined();

      // The database as that version of Sideline created it.
      const old = openAt(name, step.version);
      await old.open();
      expect(old.verno).toBe(step.version);
      for (const [table, rows] of Object.entries(seed!)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = createDb(name);
      await current.open();
      expect(current.verno, 'the upgrade ran').toBe(latest);
      for (const [table, rows] of Object.entries(seed!)) {
        if (!liveTables.has(table)) continue;
        const ids = rows.map((r) => r.id as string);
        const found = table === 'commitments' ? await commitmentsWherever(current, ids) : await current.table(table).bulkGet(ids);
        // Later upgrades may add to a record (version 3 puts the session's note inside it), never drop what it held.
        expect(found, `${table} kept its rows`).toEqual(rows.map((r) => expect.objectContaining(r)));
      }
      current.close();
      await Dexie.delete(name);
    });
  }

  it('finds a rep’s open commitments through the new [repId+status+dueDate] index after upgrading from version 1', async () => {
    const name = `migrate-index-${crypto.randomUUID()}`;
    const old = openAt(name, 1);
    await old.open();
    await old.table('commitments').bulkAdd(SEED['1']!.commitments!);
    old.close();

    const current = createDb(name);
    await current.open();
    expect(current.commitments.schema.idxByName['[repId+status+dueDate]']).toBeDefined();
    const open = await current.commitments
      .where('[repId+status+dueDate]')
      .between(['r1', 'open', Dexie.minKey], ['r1', 'open', Dexie.maxKey])
      .toArray();
    // Open ones only, earliest due first: the index holds the status and the order.
    expect(open.map((c) => c.id)).toEqual(['c3', 'c1']);
    current.close();
    await Dexie.delete(name);
  });

  it('repairs what version 1 stored unchecked, so the backup of an upgraded database restores', async () => {
    // The extension's own database, so that backup and restore run on it.
    const name = DB_NAME;
    await Dexie.delete(name);
    const old = openAt(name, 1);
    await old.open();
    const [c1] = SEED['1']!.commitments!;
    await old.table('commitments').bulkAdd([
      { ...c1, id: 'bad-date', dueDate: 'not-a-date', createdAt: '2026-03-04T10:00:00.000Z' },
      { ...c1, id: 'long', text: 'x'.repeat(2500) },
    ]);
    await old.table('repLinks').bulkAdd([
      { id: 'long-owner', crm: 'hubspot', ownerKey: 'o'.repeat(305), repId: 'r1' },
      // Two owner names that only differ after the limit: one link is kept.
      { id: 'long-owner-2', crm: 'hubspot', ownerKey: `${'o'.repeat(200)}p`, repId: 'r2' },
    ]);
    await old.table('notes').add({ ...SEED['1']!.notes![0], id: 'long-note', text: 'n'.repeat(100_001) });
    await old.table('sessions').add({
      id: 's1', dealId: 'd1', repId: 'r1', mode: 'full', kind: 'strategic', status: 'ended', startedAt: T, endedAt: T, durationSec: 60,
      timeBoxMin: 15, contract: { what: 'w'.repeat(2001), reason: '', importance: '' }, gap: null, stage: null, private: true, updatedAt: T,
      plan: [{ questionId: 'q1', text: 'What else?', role: 'opener', reason: '', followUps: [], asked: true, answer: 'a'.repeat(20_001) }],
    });
    old.close();

    const current = getDb();
    await current.open();
    expect((await current.commitments.get('bad-date'))?.dueDate).toBe('2026-03-04');
    expect((await current.commitments.get('long'))?.text).toHaveLength(2000);
    const links = await current.repLinks.toArray();
    expect(links).toHaveLength(1);
    expect(links[0]!.ownerKey).toHaveLength(200);
    const session = await current.sessions.get('s1');
    // Version 3 keeps the (repaired) running note inside its session.
    expect(session?.note?.text).toHaveLength(100_000);
    expect([session?.contract.what.length, session?.plan[0]?.answer.length]).toEqual([2000, 20_000]);
    const backup = await exportBackup();
    expect(await restoreBackup(JSON.parse(JSON.stringify(backup)))).toMatchObject({ ok: true, records: 4 });
  });
});

describe('version 3: each session keeps its running note inside its record', () => {
  const v = (n: number) => SCHEMA_VERSIONS.filter((s) => s.version < n);
  const session = (id: string, updatedAt: string) => ({
    id, dealId: 'd1', repId: 'r1', mode: 'quick', kind: 'strategic', status: 'ended', startedAt: '2026-01-01T09:00:00Z', endedAt: '2026-01-01T09:10:00Z',
    durationSec: 600, timeBoxMin: 5, contract: { what: 'Pricing', reason: '', importance: '' }, gap: null, plan: [], stage: 'discovery', private: true, updatedAt,
  });
  const note = (id: string, sessionId: string, text: string, createdAt: string) => ({ id, sessionId, dealId: 'd1', repId: 'r1', text, createdAt, updatedAt: createdAt });

  it('moves every note of the previous version into its session, joining several and keeping a note whose session is gone', async () => {
    const name = `migrate-notes-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const s of v(3)) old.version(s.version).stores(s.stores);
    await old.open();
    await old.table('sessions').bulkAdd([session('s1', '2026-01-01T09:10:00Z'), session('s2', '2026-01-02T09:10:00Z'), session('s4', '2026-01-04T09:10:00Z')]);
    await old.table('notes').bulkAdd([
      note('n1', 's1', 'Rep wants help with procurement.', '2026-01-01T09:05:00Z'),
      // Two notes for one session (a restore of an older backup could do that): both kept, oldest first.
      note('n3', 's2', 'Then: legal is slow.', '2026-01-03T10:00:00Z'),
      note('n2', 's2', 'First: champion left.', '2026-01-02T09:05:00Z'),
      note('n9', 'gone', 'The session of this note was lost.', '2026-01-05T10:00:00Z'),
    ]);
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('notes');
    const byId = Object.fromEntries((await db.sessions.toArray()).map((s) => [s.id, s]));
    expect(byId.s1!.note).toEqual({ text: 'Rep wants help with procurement.', createdAt: '2026-01-01T09:05:00Z', updatedAt: '2026-01-01T09:05:00Z' });
    expect(byId.s1!.contract.what).toBe('Pricing');
    expect(byId.s2!.note?.text).toBe('First: champion left.\n\nThen: legal is slow.');
    expect(byId.s2!.updatedAt).toBe('2026-01-03T10:00:00Z');
    expect(byId.s4!.note ?? null).toBeNull();
    expect(byId.gone).toMatchObject({ dealId: 'd1', status: 'ended', note: { text: 'The session of this note was lost.' } });
    db.close();
    await Dexie.delete(name);
  });
});

describe('version 5: each rep records whether the manager chose their tier', () => {
  it('keeps every tier, counts chosen ones as set and flags only a middle tier nobody touched since the rep was made', async () => {
    const name = `migrate-tier-${crypto.randomUUID()}`;
    const old = openAt(name, 4);
    await old.open();
    await old.table('reps').bulkAdd(SEED['4']!.reps!);
    old.close();

    const db = createDb(name);
    await db.open();
    const byId = Object.fromEntries((await db.reps.toArray()).map((r) => [r.id, r]));
    // Moved off the form's default: a choice, dated by the rep's last change.
    expect(byId['r4-top']).toMatchObject({ tier: 'top', tierSetAt: T });
    // Changed after it was made, in the editor that shows the tier: the manager looked at it.
    expect(byId['r4-edited']).toMatchObject({ tier: 'middle', tierSetAt: '2026-04-01T08:00:00.000Z' });
    // The default, never touched: it may never have been chosen. The tier is kept; the rep is flagged.
    expect(byId['r4-default']).toMatchObject({ tier: 'middle', tierSetAt: null, lastCoachedAt: '2026-04-02T09:00:00.000Z' });
    db.close();
    await Dexie.delete(name);
  });

  it('backs up and restores the upgraded reps with their tierSetAt', async () => {
    await Dexie.delete(DB_NAME);
    const old = openAt(DB_NAME, 4);
    await old.open();
    await old.table('reps').bulkAdd(SEED['4']!.reps!);
    old.close();
    const current = getDb();
    await current.open();
    const backup = JSON.parse(JSON.stringify(await exportBackup()));
    await current.reps.clear();
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, records: 3 });
    expect((await current.reps.get('r4-default'))?.tierSetAt).toBeNull();
    expect((await current.reps.get('r4-top'))?.tierSetAt).toBe(T);
  });
});
