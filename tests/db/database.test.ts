import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';

describe('database', () => {
  it('keeps what was written after the database is closed and opened again', async () => {
    const name = `reopen-${crypto.randomUUID()}`;
    const db = createDb(name);
    await db.reps.add({
      id: crypto.randomUUID(),
      name: 'Dana Reyes',
      tier: 'middle',
      tierSetAt: '2026-11-01T10:00:00.000Z',
      trust: 'silver',
      lastCoachedAt: null,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    db.close();
    const again = createDb(name);
    const reps = await again.reps.toArray();
    expect(reps.map((r) => r.name)).toEqual(['Dana Reyes']);
    expect(again.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    again.close();
  });

  it('keys every table on a string id, never an auto-increment number (Dexie Cloud can sync it)', () => {
    for (const step of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(step.stores)) {
        if (spec === null) continue;
        const primary = spec.split(',')[0]!.trim();
        expect(primary, `${table} in version ${step.version}`).toBe('id');
      }
    }
  });

  it('declares versions in rising order, so every old version stays readable', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has the compound indexes the agenda and history read through', async () => {
    const db = createDb(`idx-${crypto.randomUUID()}`);
    await db.open();
    const names = (t: string) => db.table(t).schema.indexes.map((i) => i.name);
    expect(names('commitments')).toEqual(expect.arrayContaining(['openDue', '[repId+status+dueDate]']));
    expect(names('sessions')).toEqual(expect.arrayContaining(['[dealId+startedAt]', '[repId+startedAt]']));
    db.close();
    await Dexie.delete(db.name);
  });
});
