import { z } from 'zod';
import { getDb } from './database';
import {
  CoachingSessionSchema,
  CommitmentSchema,
  CustomSiteSchema,
  DealSchema,
  NoteSchema,
  RepLinkSchema,
  RepSchema,
  StageMappingSchema,
} from '../schema/records';
import { QuestionBankSchema } from '../schema/question';

/**
 * A full backup: the only way coaching notes leave the browser, and only when
 * the manager asks for it. Restoring validates every record first and writes
 * in one transaction, so a bad file changes nothing.
 */
const QuestionStateSchema = z.object({ id: z.string().min(1), disabled: z.boolean() });
const SettingsRecordSchema = z.looseObject({ id: z.literal('settings') });

export const BackupSchema = z.object({
  format: z.literal('sideline.backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  tables: z.object({
    reps: z.array(RepSchema),
    repLinks: z.array(RepLinkSchema),
    deals: z.array(DealSchema),
    sessions: z.array(CoachingSessionSchema),
    notes: z.array(NoteSchema),
    commitments: z.array(CommitmentSchema),
    stageMappings: z.array(StageMappingSchema),
    questionBanks: z.array(QuestionBankSchema),
    questionStates: z.array(QuestionStateSchema),
    customSites: z.array(CustomSiteSchema),
    settings: z.array(SettingsRecordSchema),
  }),
});
export type Backup = z.infer<typeof BackupSchema>;
type TableName = keyof Backup['tables'];
const TABLES = Object.keys(BackupSchema.shape.tables.shape) as TableName[];

export async function exportBackup(now = new Date()): Promise<Backup> {
  const db = getDb();
  const tables = {} as Record<TableName, unknown[]>;
  await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    for (const t of TABLES) tables[t] = await db.table(t).toArray();
  });
  return { format: 'sideline.backup', version: 1, exportedAt: now.toISOString(), tables: tables as Backup['tables'] };
}

export type RestoreResult = { ok: true; records: number } | { ok: false; errors: string[] };

/** Restores a backup over the current data (records with the same id are replaced). */
export async function restoreBackup(input: unknown): Promise<RestoreResult> {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, errors: ['This file is not JSON.'] };
    }
  }
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((i) => `$.${i.path.join('.')}: ${i.message}`),
    };
  }
  const db = getDb();
  let records = 0;
  const tables = parsed.data.tables;
  try {
    await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
      // A record here under another id for the same deal, owner link or stage
      // label gives way to the backup's, which keeps the sessions pointing at it.
      const dealIds = new Set(tables.deals.map((d) => d.id));
      await db.deals.where('key').anyOf(tables.deals.map((d) => d.key)).filter((d) => !dealIds.has(d.id)).delete();
      const links = new Set(tables.repLinks.map((l) => `${l.crm}\n${l.ownerKey}`));
      await db.repLinks.filter((l) => links.has(`${l.crm}\n${l.ownerKey}`)).delete();
      const stages = new Set(tables.stageMappings.map((m) => `${m.crm}\n${m.label}`));
      await db.stageMappings.filter((m) => stages.has(`${m.crm}\n${m.label}`)).delete();
      for (const t of TABLES) {
        const rows = tables[t];
        records += rows.length;
        if (rows.length) await db.table(t).bulkPut(rows);
      }
    });
  } catch (e) {
    return { ok: false, errors: [`The database refused the restore, nothing was changed: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return { ok: true, records };
}
