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
};

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
        const ids = (rows as Array<{ id: string }>).map((r) => r.id);
        const found = await current.table(table).bulkGet(ids);
        expect(found.every(Boolean), `${table} kept its rows`).toBe(true);
      }
      current.close();
      await Dexie.delete(name);
    });
  }
});
