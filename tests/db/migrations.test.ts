import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';

/**
 * Every schema version is opened with data in it, then upgraded to the
 * current schema by the real code; nothing written before may be lost. Each new
 * version added to lib/db/versions.ts is covered here automatically, with its
 * seed data below.
 */
const SEED: Record<string, Record<string, unknown[]>> = {
  '1': {
    reps: [{ id: 'r1', name: 'Sam Okafor', tier: 'middle', trust: 'bronze', lastCoachedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
    commitments: [
      {
        id: 'c1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'I will map the buying committee', dueDate: '2026-02-01',
        followUp: 'Ask me on Monday', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z', resolvedAt: null,
      },
    ],
    notes: [{ id: 'n1', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Rep wants help with procurement.', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
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
};

/** Tables a later version removed (their records moved elsewhere, tested below), by the version that removed them. */
const liveTables = new Set(Object.keys(SCHEMA_VERSIONS.reduce<Record<string, string | null>>((all, v) => ({ ...all, ...v.stores }), {})).filter((t) =>
  SCHEMA_VERSIONS.reduce<string | null | undefined>((spec, v) => (t in v.stores ? v.stores[t] : spec), undefined) !== null,
));

describe('migrations', () => {
  for (const step of SCHEMA_VERSIONS) {
    it(`opens a version ${step.version} database with data and upgrades it without losing a record`, async () => {
      const name = `migrate-${step.version}-${crypto.randomUUID()}`;
      const seed = SEED[String(step.version)];
      expect(seed, `seed data for version ${step.version}`).toBeDefined();

      // The database as that version of Sideline created it.
      const old = new Dexie(name);
      for (const s of SCHEMA_VERSIONS.filter((v) => v.version <= step.version)) {
        const v = old.version(s.version).stores(s.stores);
        if (s.upgrade) v.upgrade(s.upgrade);
      }
      await old.open();
      for (const [table, rows] of Object.entries(seed!)) await old.table(table).bulkAdd(rows);
      old.close();

      const current = createDb(name);
      await current.open();
      for (const [table, rows] of Object.entries(seed!)) {
        if (!liveTables.has(table)) continue;
        const ids = (rows as Array<{ id: string }>).map((r) => r.id);
        const found = await current.table(table).bulkGet(ids);
        expect(found.every(Boolean), `${table} kept its rows`).toBe(true);
      }
      current.close();
      await Dexie.delete(name);
    });
  }
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
