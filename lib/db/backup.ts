import { z } from 'zod';
import { getDb } from './database';
import {
  CoachingSessionSchema,
  CommitmentSchema,
  CustomSiteSchema,
  DealSchema,
  NoteSchema,
  QuestionStateSchema,
  RepLinkSchema,
  RepSchema,
  SettingsRecordSchema,
  StageMappingSchema,
} from '../schema/records';
import { QuestionBankSchema } from '../schema/question';

/**
 * A full backup: the only way coaching notes leave the browser, and only when
 * the manager asks for it. Restoring validates every record first and writes
 * in one transaction, so a bad file changes nothing.
 */

/** Each table's record schema, in the order a backup lists (and restores) them. */
const RECORD_SCHEMAS = {
  reps: RepSchema,
  repLinks: RepLinkSchema,
  deals: DealSchema,
  sessions: CoachingSessionSchema,
  notes: NoteSchema,
  commitments: CommitmentSchema,
  stageMappings: StageMappingSchema,
  questionBanks: QuestionBankSchema,
  questionStates: QuestionStateSchema,
  customSites: CustomSiteSchema,
  settings: SettingsRecordSchema,
} as const;
type TableName = keyof typeof RECORD_SCHEMAS;
const TABLES = Object.keys(RECORD_SCHEMAS) as TableName[];
type Tables = { [T in TableName]: Array<z.infer<(typeof RECORD_SCHEMAS)[T]>> };

/** The whole file, for its type and for anyone validating a backup in one go. */
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

/** The file's outline only (tables are arrays); records are checked one by one after. */
const OutlineSchema = z.object({
  format: z.literal('sideline.backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  tables: z.object(Object.fromEntries(TABLES.map((t) => [t, z.array(z.unknown())])) as Record<TableName, z.ZodArray<z.ZodUnknown>>),
});

export async function exportBackup(now = new Date()): Promise<Backup> {
  const db = getDb();
  const tables = {} as Record<TableName, unknown[]>;
  await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    for (const t of TABLES) tables[t] = await db.table(t).toArray();
  });
  return { format: 'sideline.backup', version: 1, exportedAt: now.toISOString(), tables: tables as Backup['tables'] };
}

export type RestoreResult = { ok: true; records: number } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;
const issuePath = (path: ReadonlyArray<PropertyKey>) => `$.${path.map(String).join('.')}`;

/**
 * Checks a parsed backup: the outline first, then each record against its
 * table's schema. Same checks and messages as one parse of BackupSchema, in
 * the same order, but record by record: each record's checked copy takes its
 * place as soon as it is made, so a large file is not held twice over, and
 * the first 20 problems end the check.
 */
export function validateBackup(raw: unknown): { ok: true; tables: Tables } | { ok: false; errors: string[] } {
  const outline = OutlineSchema.safeParse(raw);
  if (!outline.success) {
    return { ok: false, errors: outline.error.issues.slice(0, MAX_ERRORS).map((i) => `${issuePath(i.path)}: ${i.message}`) };
  }
  const errors: string[] = [];
  const tables = {} as Record<TableName, unknown[]>;
  for (const t of TABLES) {
    const schema: z.ZodType = RECORD_SCHEMAS[t];
    // The outline's arrays are copies; the checked records go into them.
    const rows = outline.data.tables[t];
    for (let i = 0; i < rows.length; i++) {
      const r = schema.safeParse(rows[i]);
      if (r.success) {
        rows[i] = r.data;
        continue;
      }
      for (const issue of r.error.issues) {
        errors.push(`${issuePath(['tables', t, i, ...issue.path])}: ${issue.message}`);
        if (errors.length === MAX_ERRORS) return { ok: false, errors };
      }
    }
    tables[t] = rows;
  }
  return errors.length ? { ok: false, errors } : { ok: true, tables: tables as Tables };
}

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
  const checked = validateBackup(raw);
  if (!checked.ok) return checked;
  const tables = checked.tables;
  const db = getDb();
  let records = 0;
  try {
    await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
      // A record here under another id for the same deal, owner link or stage
      // label gives way to the backup's, which keeps the sessions pointing at it.
      // Found through the unique indexes, so only the rows that clash are read.
      const dealIds = new Set(tables.deals.map((d) => d.id));
      await Promise.all([
        db.deals.where('key').anyOf(tables.deals.map((d) => d.key)).filter((d) => !dealIds.has(d.id)).delete(),
        db.repLinks
          .where('[crm+ownerKey]')
          .anyOf(tables.repLinks.map((l) => [l.crm, l.ownerKey]))
          .delete(),
        db.stageMappings
          .where('[crm+label]')
          .anyOf(tables.stageMappings.map((m) => [m.crm, m.label]))
          .delete(),
      ]);
      // Every table's writes are queued at once: IndexedDB runs them in order
      // within the transaction, and this page never sits idle between tables.
      await Promise.all(
        TABLES.map((t) => {
          const rows = tables[t];
          records += rows.length;
          return rows.length ? db.table(t).bulkPut(rows) : undefined;
        }),
      );
    });
  } catch (e) {
    return { ok: false, errors: [`The database refused the restore, nothing was changed: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return { ok: true, records };
}
