import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { BackupSchema, exportBackup, restoreBackup, validateBackup, type Backup } from '../../lib/db/backup';
import { seedBackup } from '../bench/seed';

useFreshDb();

/** A few hundred records of every kind the benchmark restores. */
const sample = () => seedBackup({ deals: 40, notes: 600, commitments: 200 });
const counts = async () => Object.fromEntries(await Promise.all(getDb().tables.map(async (t) => [t.name, await t.count()] as const)));

describe('restoring a backup', () => {
  it('refuses a file with one bad record deep inside, names its path, and changes nothing', async () => {
    await restoreBackup(seedBackup({ deals: 3, notes: 10, commitments: 4 }));
    const before = await exportBackup(new Date(0));

    const file = sample() as { tables: Record<string, Array<Record<string, unknown>>> };
    file.tables.notes![543]!.createdAt = 'yesterday';
    const r = await restoreBackup(JSON.stringify(file));
    expect(r).toEqual({ ok: false, errors: ['$.tables.notes.543.createdAt: Too small: expected string to have >=10 characters'] });
    expect(await exportBackup(new Date(0))).toEqual(before);
  });

  it('reports the same problems, in the same order, as checking the whole file with BackupSchema, at most 20', () => {
    const file = sample() as { tables: Record<string, Array<Record<string, unknown>>> };
    file.tables.deals![7]!.crm = 'excel';
    file.tables.sessions![3]!.plan = [{ questionId: '', text: 'x', role: 'opener', reason: '' }];
    for (let i = 0; i < 30; i++) file.tables.commitments![i * 5]!.dueDate = '2026-13-45x';
    const ours = validateBackup(structuredClone(file));
    const whole = BackupSchema.safeParse(structuredClone(file));
    expect(ours.ok).toBe(false);
    expect(whole.success).toBe(false);
    const expected = whole.error!.issues.slice(0, 20).map((i) => `$.${i.path.join('.')}: ${i.message}`);
    expect(ours.ok ? [] : ours.errors).toEqual(expected);
    expect(expected[0]).toMatch(/^\$\.tables\.deals\.7\.crm: /);
    expect(expected[1]).toMatch(/^\$\.tables\.sessions\.3\.plan\.0\.questionId: /);
  });

  it('checks the outline first: a missing table or wrong format is named by its path', async () => {
    const file = sample() as unknown as Record<string, unknown> & { tables: Record<string, unknown> };
    delete file.tables.notes;
    file.format = 'someone.else';
    const r = await restoreBackup(file);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([
      '$.format: Invalid input: expected "sideline.backup"',
      '$.tables.notes: Invalid input: expected array, received undefined',
    ]);
    expect(await getDb().deals.count()).toBe(0);
  });

  it('stores what one check of the whole file would give (defaults filled in, unknown fields dropped)', async () => {
    const file = sample() as { tables: Record<string, Array<Record<string, unknown>>> };
    delete file.tables.sessions![2]!.private;
    file.tables.notes![9]!.extra = 'not ours';
    const expected = BackupSchema.parse(structuredClone(file));
    expect(await restoreBackup(JSON.stringify(file))).toEqual({ ok: true, records: 40 + 600 / 5 + 600 + 200 + 12 + 1 });
    const stored = await exportBackup(new Date(expected.exportedAt));
    for (const t of Object.keys(expected.tables) as Array<keyof Backup['tables']>) {
      const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(stored.tables[t]), t).toEqual(byId(expected.tables[t]));
    }
    expect((await getDb().sessions.get(file.tables.sessions![2]!.id as string))?.private).toBe(true);
    expect(await getDb().notes.get(file.tables.notes![9]!.id as string)).not.toHaveProperty('extra');
  });

  it('is all or nothing when the database refuses one record: nothing of any table is written', async () => {
    await restoreBackup(seedBackup({ deals: 2, notes: 5, commitments: 2 }));
    const before = await counts();
    const file = sample();
    // Two deals with one key: the unique index refuses the second, late in the writes.
    file.tables.deals[39] = { ...file.tables.deals[39]!, key: file.tables.deals[38]!.key };
    const r = await restoreBackup(file);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/^The database refused the restore, nothing was changed: /);
    expect(await counts()).toEqual(before);
  });

  it('replaces an owner link or stage mapping recorded here under another id, found through their indexes', async () => {
    const db = getDb();
    await db.repLinks.bulkPut([
      { id: 'here-1', crm: 'hubspot', ownerKey: 'dana reyes', repId: 'rep-local' },
      { id: 'here-2', crm: 'hubspot', ownerKey: 'sam okafor', repId: 'rep-local' },
    ]);
    await db.stageMappings.bulkPut([
      { id: 'stage-here', crm: 'hubspot', label: 'demo booked', stage: 'discovery' },
      { id: 'stage-other', crm: 'pipedrive', label: 'demo booked', stage: 'qualification' },
    ]);
    const file = seedBackup({ deals: 1, notes: 5, commitments: 1 });
    file.tables.repLinks = [{ id: 'from-backup', crm: 'hubspot', ownerKey: 'dana reyes', repId: 'rep-0' }];
    file.tables.stageMappings = [{ id: 'stage-backup', crm: 'hubspot', label: 'demo booked', stage: 'proposal' }];
    expect((await restoreBackup(file)).ok).toBe(true);
    expect((await db.repLinks.toArray()).map((l) => l.id).sort()).toEqual(['from-backup', 'here-2']);
    expect((await db.stageMappings.toArray()).map((m) => [m.id, m.stage]).sort()).toEqual([
      ['stage-backup', 'proposal'],
      ['stage-other', 'qualification'],
    ]);
  });
});

describe('restoring links that move between ids', () => {
  it('accepts a backup where an owner link changed id, whatever order the file lists them in', async () => {
    const db = getDb();
    await db.repLinks.put({ id: 'x', crm: 'hubspot', ownerKey: 'dana reyes', repId: 'rep-0' });
    const file = seedBackup({ deals: 1, notes: 5, commitments: 1 });
    // Here, x is Dana; in the backup, y is Dana and x is Sam, listed Dana first.
    file.tables.repLinks = [
      { id: 'y', crm: 'hubspot', ownerKey: 'dana reyes', repId: 'rep-0' },
      { id: 'x', crm: 'hubspot', ownerKey: 'sam okafor', repId: 'rep-1' },
    ];
    expect(await restoreBackup(file)).toMatchObject({ ok: true });
    expect((await db.repLinks.toArray()).map((l) => [l.id, l.ownerKey]).sort()).toEqual([
      ['x', 'sam okafor'],
      ['y', 'dana reyes'],
    ]);
  });
});
