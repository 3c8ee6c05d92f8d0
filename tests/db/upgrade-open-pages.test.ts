import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';

/**
 * A page of the previous build (an Options tab left open) holds the database
 * when a newer build upgrades it in another connection. The old page must let
 * the upgrade through and then keep reading and writing: its next call
 * reopens the database instead of failing with DatabaseClosedError.
 */
const rep = (id: string, name: string) => ({ id, name, tier: 'middle' as const, tierSetAt: '2026-11-01T10:00:00.000Z', trust: 'silver' as const, lastCoachedAt: null, createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' });

describe('a schema upgrade while an older page is open', () => {
  const previous = SCHEMA_VERSIONS.slice(0, -1);
  const latest = SCHEMA_VERSIONS.at(-1)!.version;

  it('lets the upgrade through, and the older page keeps reading and writing', async () => {
    const name = `upgrade-open-${crypto.randomUUID()}`;
    const oldPage = createDb(name, previous);
    await oldPage.reps.add(rep('r1', 'Dana Reyes'));
    expect(oldPage.verno).toBe(previous.at(-1)!.version);

    // The newer build opens the same database: the upgrade must not wait on the old page.
    const newPage = createDb(name);
    await newPage.open();
    expect(newPage.verno).toBe(latest);
    expect((await newPage.reps.get('r1'))?.name).toBe('Dana Reyes');

    // The old page carries on: reads what is there, writes, and both pages see it.
    expect((await oldPage.reps.get('r1'))?.name).toBe('Dana Reyes');
    await oldPage.reps.put(rep('r2', 'Sam Okafor'));
    await oldPage.reps.update('r1', { trust: 'gold' });
    expect(oldPage.isOpen()).toBe(true);
    expect((await newPage.reps.toArray()).map((r) => [r.id, r.trust])).toEqual([
      ['r1', 'gold'],
      ['r2', 'silver'],
    ]);
    // And the newer page keeps working after the old one came back.
    await newPage.reps.put(rep('r3', 'Lee Park'));
    expect(await oldPage.reps.count()).toBe(3);
    oldPage.close();
    newPage.close();
    await Dexie.delete(name);
  });

  it('lets a second page of the same build reopen after another page deleted and recreated the database', async () => {
    const name = `upgrade-delete-${crypto.randomUUID()}`;
    const a = createDb(name);
    await a.reps.add(rep('r1', 'Dana Reyes'));
    const b = createDb(name);
    await b.delete();
    await b.open();
    await b.reps.add(rep('r2', 'Sam Okafor'));
    expect((await a.reps.toArray()).map((r) => r.id)).toEqual(['r2']);
    a.close();
    b.close();
    await Dexie.delete(name);
  });
});
