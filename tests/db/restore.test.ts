import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import {
  BackupSchema,
  exportBackup,
  exportBackupBlob,
  previewRestore,
  readBackup,
  restoreBackup,
  validateBackup,
  type Backup,
  type CheckedBackup,
  type RestoreProgress,
} from '../../lib/db/backup';
import { getSessionNote } from '../../lib/db/notes';
import { seedBackup, seedLegacyBackup } from '../bench/seed';
import { commitmentWherever } from '../support/commitment-wherever';

useFreshDb();
afterEach(() => vi.restoreAllMocks());

/** A few hundred records of every kind the benchmark restores. */
const sample = () => seedBackup({ deals: 40, notes: 600, commitments: 200 });
const counts = async () => Object.fromEntries(await Promise.all(getDb().tables.map(async (t) => [t.name, await t.count()] as const)));
const everything = async () => {
  const b = await exportBackup(new Date(0));
  for (const rows of Object.values(b.tables)) (rows as Array<{ id: string }>).sort((a, c) => a.id.localeCompare(c.id));
  return b;
};
/** Makes every bulk write to one table fail, as a full disk or a broken database would. */
function failWritesTo(table: string, error: () => Error) {
  const proto = Object.getPrototypeOf(getDb().table(table)) as { bulkPut: (...a: unknown[]) => Promise<unknown> };
  const real = proto.bulkPut;
  vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    return this.name === table ? Promise.reject(error()) : real.apply(this, args);
  });
}
async function checked(file: unknown): Promise<CheckedBackup> {
  const r = await readBackup(file as object);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.backup;
}

describe('restoring a backup', () => {
  it('refuses a file with one bad record deep inside, names the record in words, and changes nothing', async () => {
    await restoreBackup(seedBackup({ deals: 3, notes: 10, commitments: 4 }));
    const before = await everything();
    const file = sample();
    file.tables.sessions[43]!.note!.createdAt = 'yesterday';
    const r = await restoreBackup(JSON.stringify(file));
    expect(r).toEqual({
      ok: false,
      errors: ['Session 44 (id “session-43”) in the file: The note’s creation time is not a date and time like 2026-03-31T09:00:00Z.'],
    });
    expect(await everything()).toEqual(before);
  });

  it('finds the same bad records as one check of the whole file with BackupSchema, and stops at 20', () => {
    const file = sample() as unknown as { tables: Record<string, Array<Record<string, unknown>>> };
    file.tables.deals![7]!.crm = 'excel';
    for (let i = 0; i < 30; i++) file.tables.commitments![i * 5]!.dueDate = '2026-13-45x';
    const ours = validateBackup(structuredClone(file));
    const whole = BackupSchema.safeParse(structuredClone(file));
    expect(whole.success).toBe(false);
    expect(ours.ok).toBe(false);
    const errors = ours.ok ? [] : ours.errors;
    expect(errors).toHaveLength(20);
    const wholeRecords = [...new Set(whole.error!.issues.map((i) => `${String(i.path[1])}.${String(i.path[2])}`))].slice(0, 20);
    expect(wholeRecords[0]).toBe('deals.7');
    expect(errors[0]).toBe('Deal 8 (id “deal-7”) in the file: The CRM must be one of “salesforce-lightning”, “salesforce-classic”, “hubspot”, “pipedrive”, “dynamics”, “zoho”, “close”, “custom” (not “excel”).');
    expect(errors[1]).toBe('Commitment 1 (id “commitment-0”) in the file: The due date is not a date like 2026-03-31.');
    expect(errors.slice(1).map((e) => /id “commitment-(\d+)”/.exec(e)![1])).toEqual(wholeRecords.slice(1).map((r) => r.split('.')[1]));
  });

  it('stores what one check of the whole file would give (defaults filled in, unknown fields dropped)', async () => {
    const file = sample() as unknown as { tables: Record<string, Array<Record<string, unknown>>> };
    delete file.tables.sessions![2]!.private;
    file.tables.commitments![9]!.extra = 'not ours';
    const expected = BackupSchema.parse(structuredClone(file));
    expect(await restoreBackup(JSON.stringify(file))).toMatchObject({ ok: true, records: 40 + 600 / 5 + 200 + 12 + 1, written: 40 + 600 / 5 + 200 + 12 + 1 });
    const stored = await exportBackup(new Date(expected.exportedAt));
    for (const t of Object.keys(expected.tables) as Array<keyof Backup['tables']>) {
      const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(stored.tables[t]), t).toEqual(byId(expected.tables[t]));
    }
    expect((await getDb().sessions.get(file.tables.sessions![2]!.id as string))?.private).toBe(true);
    expect(await commitmentWherever(file.tables.commitments![9]!.id as string)).not.toHaveProperty('extra');
  });

  it('is all or nothing when the database fails part-way: nothing of any table is written', async () => {
    await restoreBackup(seedBackup({ deals: 2, notes: 5, commitments: 2 }));
    const before = await everything();
    // The deals and sessions before the commitments are already written in this transaction.
    failWritesTo('commitments', () => new Error('disk I/O error'));
    const r = await restoreBackup(sample());
    expect(r).toEqual({ ok: false, errors: ['The browser’s database refused the change. Nothing was restored; your data is as it was. (disk I/O error)'] });
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
  });

  it('shows a full disk in words and changes nothing (a quota error is never swallowed)', async () => {
    await restoreBackup(seedBackup({ deals: 2, notes: 5, commitments: 2 }));
    const before = await counts();
    failWritesTo('sessions', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const r = await restoreBackup(sample(), { mode: 'replace' });
    expect(r).toEqual({
      ok: false,
      errors: [
        'The browser has no room left for Sideline’s data (the disk is full or its storage limit is reached). Nothing was restored; your data is as it was. Free some disk space, then try again.',
      ],
    });
    vi.restoreAllMocks();
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

/** A backup taken now, then edits here: one session changed after it, one commitment older than the backup's, one rep only here. */
async function divergedData() {
  const file = seedBackup({ deals: 3, notes: 15, commitments: 6 });
  await restoreBackup(structuredClone(file));
  const db = getDb();
  // Edited here after the backup was taken: newer than the backup's copy.
  await db.sessions.update('session-1', { contract: { what: 'Edited here later', reason: '', importance: '' }, updatedAt: '2030-01-01T00:00:00.000Z' });
  // The backup's copy of this commitment is newer than ours.
  file.tables.commitments[2] = { ...file.tables.commitments[2]!, text: 'Changed in the backup', updatedAt: '2030-02-02T00:00:00.000Z' };
  // Only in the backup.
  file.tables.reps.push({ ...file.tables.reps[0]!, id: 'rep-new', name: 'New rep' });
  // Only here.
  await db.reps.put({ ...file.tables.reps[0]!, id: 'rep-here', name: 'Only here' });
  file.exportedAt = '2026-11-20T08:30:00.000Z';
  return file;
}

describe('a safe restore: preview, then Merge or Replace all', () => {
  it('previews counts per table, the backup’s date, what it would overwrite and what is newer here, and changes nothing', async () => {
    const file = await divergedData();
    const before = await everything();
    const preview = await previewRestore(await checked(file));
    expect(await everything()).toEqual(before);
    expect(preview.exportedAt).toBe('2026-11-20T08:30:00.000Z');
    expect(preview.inFile).toBe(3 + 3 + 6 + 13 + 1);
    const row = (t: string) => preview.tables.find((p) => p.table === t)!;
    expect(row('sessions')).toMatchObject({ label: 'Sessions', inFile: 3, added: 0, same: 2, overwritten: 0, newerHere: 1, onlyHere: 0 });
    expect(row('commitments')).toMatchObject({ inFile: 6, added: 0, same: 5, overwritten: 1, newerHere: 0, onlyHere: 0 });
    expect(row('reps')).toMatchObject({ inFile: 13, added: 1, same: 12, overwritten: 0, newerHere: 0, onlyHere: 1 });
    expect(preview.repointedDeals).toBe(0);
  });

  it('Merge keeps whichever copy changed last and everything only here', async () => {
    const file = await divergedData();
    const r = await restoreBackup(await checked(file), { mode: 'merge' });
    // Written: the new rep, the newer commitment, and the owner link (undated, so the backup's is always put back).
    expect(r).toMatchObject({ ok: true, mode: 'merge', keptNewer: 1, written: 3 });
    const db = getDb();
    expect((await db.sessions.get('session-1'))?.contract.what).toBe('Edited here later');
    expect((await commitmentWherever('commitment-2'))?.text).toBe('Changed in the backup');
    expect((await db.reps.get('rep-here'))?.name).toBe('Only here');
    expect((await db.reps.get('rep-new'))?.name).toBe('New rep');
  });

  it('Replace all leaves exactly the backup, as the preview warned', async () => {
    const file = await divergedData();
    const r = await restoreBackup(await checked(file), { mode: 'replace' });
    expect(r).toMatchObject({ ok: true, mode: 'replace', written: 26 });
    const db = getDb();
    expect(await db.reps.get('rep-here')).toBeUndefined();
    expect((await db.sessions.get('session-1'))?.contract.what).toBe('');
    const stored = await exportBackup(new Date(file.exportedAt));
    const sorted = (b: Backup) => Object.fromEntries(Object.entries(b.tables).map(([t, rows]) => [t, [...(rows as Array<{ id: string }>)].sort((a, c) => a.id.localeCompare(c.id))]));
    expect(sorted(stored)).toEqual(sorted(BackupSchema.parse(file)));
  });

  it('re-points a deal recorded here under another id: its sessions, notes and commitments follow, none orphaned', async () => {
    const db = getDb();
    const file = seedBackup({ deals: 2, notes: 10, commitments: 4 });
    const theDeal = file.tables.deals[1]!;
    // Here, the same CRM deal was opened under its own id, with a session, a note and a commitment.
    await db.deals.put({ ...theDeal, id: 'local-deal', name: 'Seen here first' });
    await db.sessions.put({ ...file.tables.sessions[0]!, id: 'local-session', dealId: 'local-deal', note: { text: 'Typed here', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' } });
    await db.commitments.put({ ...file.tables.commitments[0]!, id: 'local-commitment', sessionId: 'local-session', dealId: 'local-deal' });
    const preview = await previewRestore(await checked(file));
    expect(preview.repointedDeals).toBe(1);

    const r = await restoreBackup(file);
    expect(r).toMatchObject({ ok: true, repointed: 1 });
    expect(await db.deals.get('local-deal')).toBeUndefined();
    expect((await db.sessions.get('local-session'))?.dealId).toBe(theDeal.id);
    expect((await db.commitments.get('local-commitment'))?.dealId).toBe(theDeal.id);
    expect((await getSessionNote('local-session'))?.text).toBe('Typed here');
    const dealIds = new Set((await db.deals.toArray()).map((d) => d.id));
    expect((await db.sessions.toArray()).every((s) => dealIds.has(s.dealId))).toBe(true);
    expect((await db.commitments.toArray()).every((c) => dealIds.has(c.dealId))).toBe(true);
  });

  it('restores a backup of the old format (notes in their own table) into the sessions, losing no note', async () => {
    const file = seedLegacyBackup({ deals: 4, notes: 20, commitments: 4 });
    // A note whose session the file lacks still comes back, in a session of its own.
    file.tables.notes.push({ id: 'stray', sessionId: 'gone', dealId: 'deal-1', repId: null, text: 'A stray note', createdAt: '2025-05-05T10:00:00.000Z', updatedAt: '2025-05-05T10:00:00.000Z' });
    const r = await restoreBackup(JSON.stringify(file));
    expect(r).toMatchObject({ ok: true, records: 3 + 1 + 4 + 4 + 1 + 12 + 1 });
    const note = await getSessionNote('session-0');
    const own = file.tables.notes.filter((n) => n.sessionId === 'session-0').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(note?.text).toBe(own.map((n) => n.text).join('\n\n'));
    expect((await getSessionNote('gone'))?.text).toBe('A stray note');
    expect(await getDb().sessions.get('gone')).toMatchObject({ dealId: 'deal-1', status: 'ended' });
  });

  it('writes in chunks of 1,000, reporting progress, and lets the page run between chunks', async () => {
    const file = seedBackup({ deals: 500, notes: 5000, commitments: 1500 });
    const seen: RestoreProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await restoreBackup(await checked(file), { onProgress: (p) => seen.push(p) });
    clearInterval(timer);
    expect(r).toMatchObject({ ok: true, records: 500 + 1000 + 1500 + 12 + 1 });
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.at(-1)).toEqual({ phase: 'writing', done: 3013, total: 3013 });
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(writing.length).toBeGreaterThanOrEqual(6);
    expect(ticks).toBeGreaterThan(3);
  });
});

describe('exporting', () => {
  it('streams the same data as the whole-database export, page by page', async () => {
    await restoreBackup(seedBackup({ deals: 2100, notes: 250, commitments: 2100 }));
    const progress: number[] = [];
    const { blob, exportedAt, records } = await exportBackupBlob(new Date('2026-11-22T10:00:00.000Z'), (p) => progress.push(p.done), 1000);
    expect(exportedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(records).toBe(12 + 1 + 2100 + 50 + 2100);
    expect(progress.length).toBeGreaterThan(5);
    const streamed = JSON.parse(await blob.text()) as Backup;
    expect(streamed).toEqual(await exportBackup(new Date('2026-11-22T10:00:00.000Z')));
    // And it restores.
    await getDb().delete();
    await getDb().open();
    expect(await restoreBackup(blob)).toMatchObject({ ok: true, records });
  });
});
