import { z } from 'zod';
import { t, t as tr, type MessageKey } from '../i18n';
import type { Table } from 'dexie';
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
  type CoachingSession,
  type Commitment,
  type Deal,
  type Note,
} from '../schema/records';
import { QuestionBankSchema } from '../schema/question';
import { afterColon, friendlyIssue } from '../schema/friendly-issues';
import { foldNotesIntoSessions } from './legacy-notes';
import { MAX_BACKUP_BYTES, readJsonFile, yieldToPage } from '../files/read-file';
import { describeStorageError } from './storage';
import { withLegacyTierSetAt } from './rep-tier-set';
import { belongsInSession, placeCommitments, unfoldResolved, withoutResolved } from './resolved-commitments';
import { TEXT_LIMITS } from '../schema/limits';

/**
 * A full backup: the only way coaching notes leave the browser, and only when
 * the manager asks for it. A restore reads the file strictly, checks every
 * record, shows a preview, then writes in one transaction (a failure changes
 * nothing), in chunks so the page keeps painting a progress bar.
 *
 * Format 2 (Dexie version 3 on): each session carries its running note.
 * Format 1 had a separate `notes` table; its notes are folded into their
 * sessions on restore, exactly as the version 3 upgrade does.
 */
export const BACKUP_FORMAT = 'sideline.backup';
export const BACKUP_VERSION = 2;

/** A rep of a backup made before reps recorded tierSetAt gets it by the version 5 upgrade's rule. */
const BackupRepSchema = z.preprocess(withLegacyTierSetAt, RepSchema);

/** Each table's record schema, in the order a backup lists (and restores) them. */
const RECORD_SCHEMAS = {
  reps: BackupRepSchema,
  repLinks: RepLinkSchema,
  deals: DealSchema,
  sessions: CoachingSessionSchema,
  commitments: CommitmentSchema,
  stageMappings: StageMappingSchema,
  questionBanks: QuestionBankSchema,
  questionStates: QuestionStateSchema,
  customSites: CustomSiteSchema,
  settings: SettingsRecordSchema,
} as const;
export type TableName = keyof typeof RECORD_SCHEMAS;
export const TABLES = Object.keys(RECORD_SCHEMAS) as TableName[];
export type BackupTables = { [T in TableName]: Array<z.infer<(typeof RECORD_SCHEMAS)[T]>> };

/** The whole file, for its type and for anyone validating a backup in one go. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  tables: z.object({
    reps: z.array(BackupRepSchema),
    repLinks: z.array(RepLinkSchema),
    deals: z.array(DealSchema),
    sessions: z.array(CoachingSessionSchema),
    commitments: z.array(CommitmentSchema),
    stageMappings: z.array(StageMappingSchema),
    questionBanks: z.array(QuestionBankSchema),
    questionStates: z.array(QuestionStateSchema),
    customSites: z.array(CustomSiteSchema),
    settings: z.array(SettingsRecordSchema),
  }),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Format 1: the same tables plus a `notes` table. */
export const LegacyBackupSchema = BackupSchema.extend({
  version: z.literal(1),
  tables: BackupSchema.shape.tables.extend({ notes: z.array(NoteSchema) }),
});
export type LegacyBackup = z.infer<typeof LegacyBackupSchema>;

/**
 * What a manager calls one record of each table, and the table, for messages
 * and the preview: catalog keys (the words follow the manager's language, and
 * a restore checked in the worker uses the language the page sent).
 */
export const TABLE_LABELS = {
  reps: { one: 'common.backup.one.reps', many: 'options.backup.table.reps' },
  repLinks: { one: 'common.backup.one.repLinks', many: 'options.backup.table.repLinks' },
  deals: { one: 'common.backup.one.deals', many: 'options.backup.table.deals' },
  sessions: { one: 'common.backup.one.sessions', many: 'options.backup.table.sessions' },
  notes: { one: 'common.backup.one.notes', many: 'options.backup.table.notes' },
  commitments: { one: 'common.backup.one.commitments', many: 'options.backup.table.commitments' },
  stageMappings: { one: 'common.backup.one.stageMappings', many: 'options.backup.table.stageMappings' },
  questionBanks: { one: 'common.backup.one.questionBanks', many: 'options.backup.table.questionBanks' },
  questionStates: { one: 'common.backup.one.questionStates', many: 'options.backup.table.questionStates' },
  customSites: { one: 'common.backup.one.customSites', many: 'options.backup.table.customSites' },
  settings: { one: 'common.backup.one.settings', many: 'options.backup.table.settings' },
} as const satisfies Record<TableName | 'notes', { one: MessageKey; many: MessageKey }>;

/** A backup that passed every check; restore and preview take only this. */
export interface CheckedBackup {
  readonly checked: true;
  exportedAt: string;
  fileVersion: 1 | 2;
  tables: BackupTables;
  /** Records in the file (a format-1 file counts its notes). */
  recordsInFile: number;
}
export type CheckResult = { ok: true; backup: CheckedBackup } | { ok: false; errors: string[] };
export type RestoreProgress = { phase: 'reading' | 'checking' | 'writing'; done: number; total: number };

const MAX_ERRORS = 20;
/** Records per chunk: checked, compared and written 1,000 at a time, the page painting in between. */
export const CHUNK = 1000;
/** Chunks written at once, at most. */
const IN_FLIGHT = 3;

/** Unique keys the database enforces besides the id: two records of the file sharing one cannot both be stored. */
const UNIQUE: Partial<Record<TableName, { what: MessageKey; of: (r: never) => string }>> = {
  deals: { what: 'common.backup.sameDeal', of: (d: Deal) => d.key },
  repLinks: { what: 'common.backup.sameOwner', of: (l: { crm: string; ownerKey: string }) => `${l.crm}\u0000${l.ownerKey}` },
  stageMappings: { what: 'common.backup.sameStage', of: (m: { crm: string; label: string }) => `${m.crm}\u0000${m.label}` },
};

/** The file's outline: format, version, date and the tables' lists. Messages name what is wrong in words. */
function checkOutline(raw: unknown): { ok: true; version: 1 | 2; exportedAt: string; lists: Record<string, unknown[]> } | { ok: false; errors: string[] } {
  const fail = (e: string) => ({ ok: false as const, errors: [e] });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(t('common.backup.notData'));
  }
  const o = raw as Record<string, unknown>;
  if (o.format === 'sideline.question-bank') {
    return fail(t('common.backup.isBank'));
  }
  if (o.format !== BACKUP_FORMAT) {
    return fail(t('common.backup.noMark'));
  }
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) {
    return fail(t('common.backup.noVersion'));
  }
  if (o.version > BACKUP_VERSION) {
    return fail(t('common.backup.newer', { version: String(o.version), max: String(BACKUP_VERSION) }));
  }
  const exportedAt = typeof o.exportedAt === 'string' && o.exportedAt.length <= 40 && !Number.isNaN(Date.parse(o.exportedAt)) ? o.exportedAt : null;
  const errors: string[] = [];
  if (!exportedAt) errors.push(t('common.backup.noDate'));
  if (typeof o.tables !== 'object' || o.tables === null || Array.isArray(o.tables)) {
    errors.push(t('common.backup.noTables'));
    return { ok: false, errors };
  }
  const tables = o.tables as Record<string, unknown>;
  const wanted: string[] = o.version === 1 ? [...TABLES, 'notes'] : TABLES;
  const lists: Record<string, unknown[]> = {};
  for (const name of wanted) {
    const label = t(TABLE_LABELS[name as TableName].many).toLowerCase();
    if (tables[name] === undefined) errors.push(t('common.backup.noList', { label }));
    else if (!Array.isArray(tables[name])) errors.push(t('common.backup.notList', { label }));
    else lists[name] = tables[name] as unknown[];
  }
  // Format 2 never has notes, but a hand-assembled file may: read them as format 1's.
  if (o.version === 2 && Array.isArray(tables.notes)) lists.notes = tables.notes;
  else if (o.version === 2 && tables.notes !== undefined) errors.push(t('common.backup.notList', { label: t(TABLE_LABELS.notes.many).toLowerCase() }));
  return errors.length ? { ok: false, errors } : { ok: true, version: o.version as 1 | 2, exportedAt: exportedAt!, lists };
}

/**
 * Checks a parsed backup: the outline, then every record against its table's
 * schema and the ids and unique keys for duplicates. Works 1,000 records at a
 * time, yielding to the page in between (unless `yieldEvery` is 0). Stops at
 * 20 problems. Every message is a sentence for the manager.
 */
export async function checkBackup(raw: unknown, onProgress?: (p: RestoreProgress) => void): Promise<CheckResult> {
  const steps = checkSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await yieldToPage();
  }
}

/** The same checks in one go with no pauses, for code that holds a small parsed file. */
export function validateBackup(raw: unknown): { ok: true; tables: BackupTables } | { ok: false; errors: string[] } {
  const steps = checkSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.ok ? { ok: true, tables: step.value.backup.tables } : step.value;
  }
}

/** The checks, pausing (yielding progress) after every 1,000 records. */
function* checkSteps(raw: unknown): Generator<RestoreProgress, CheckResult, void> {
  const outline = checkOutline(raw);
  if (!outline.ok) return outline;
  const { lists } = outline;
  const order = [...TABLES, ...(lists.notes ? (['notes'] as const) : [])];
  const total = order.reduce((n, t) => n + lists[t]!.length, 0);
  const errors: string[] = [];
  const checked: Record<string, unknown[]> = {};
  let done = 0;
  let sinceYield = 0;
  for (const table of order) {
    const schema: z.ZodType = table === 'notes' ? NoteSchema : RECORD_SCHEMAS[table];
    // The words are looked up once per table, in the language the check runs in.
    const one = t(TABLE_LABELS[table].one);
    const many = t(TABLE_LABELS[table].many);
    const rows = lists[table]!;
    const out: unknown[] = new Array(rows.length);
    const ids = new Map<string, number>();
    const unique = table === 'notes' ? undefined : UNIQUE[table];
    const keys = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      // Checked plainly first (reporting inputs makes zod several times slower);
      // a bad record is checked again with its inputs, to write the message.
      let r = schema.safeParse(rows[i]);
      if (!r.success) r = schema.safeParse(rows[i], { reportInput: true });
      if (!r.success) {
        const id = (rows[i] as { id?: unknown } | null)?.id;
        const n = String(i + 1);
        const which = typeof id === 'string' && id.length <= 100 && id ? t('common.backup.recordWithId', { label: one, n, id }) : t('common.backup.record', { label: one, n });
        if (typeof rows[i] !== 'object' || rows[i] === null || Array.isArray(rows[i])) {
          errors.push(t('common.backup.notRecord', { which, kind: describeKind(rows[i]) }));
        } else {
          for (const issue of r.error.issues.slice(0, 3)) {
            errors.push(t('common.backup.recordIssue', { which, issue: afterColon(friendlyIssue(issue)) }));
            if (errors.length >= MAX_ERRORS) break;
          }
        }
      } else {
        const rec = r.data as { id: string };
        out[i] = rec;
        const first = ids.get(rec.id);
        if (first !== undefined) errors.push(t('common.backup.sameId', { label: many, first: String(first + 1), n: String(i + 1), id: rec.id }));
        else ids.set(rec.id, i);
        if (unique) {
          const k = unique.of(rec as never);
          const firstK = keys.get(k);
          if (firstK !== undefined) errors.push(t('common.backup.sameKey', { label: many, first: String(firstK + 1), n: String(i + 1), what: t(unique.what) }));
          else keys.set(k, i);
        }
      }
      if (errors.length >= MAX_ERRORS) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
      done++;
      if (++sinceYield >= CHUNK) {
        sinceYield = 0;
        yield { phase: 'checking', done, total };
      }
    }
    checked[table] = out;
    // A backup lists every commitment in its own table; a file whose sessions
    // hold followed-up commitments the way the database stores them (version 7)
    // has them checked with the others, duplicates included.
    if (table === 'sessions') {
      const unfolded = unfoldResolved(out as CoachingSession[]);
      if (unfolded.commitments.length) {
        checked.sessions = unfolded.sessions;
        lists.commitments = [...lists.commitments!, ...unfolded.commitments];
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  const tables = Object.fromEntries(TABLES.map((t) => [t, checked[t]])) as BackupTables;
  if (checked.notes?.length) {
    tables.sessions = foldNotesIntoSessions(tables.sessions, checked.notes as Note[]).sessions;
  }
  return { ok: true, backup: { checked: true, exportedAt: outline.exportedAt, fileVersion: outline.version, tables, recordsInFile: total } };
}

function describeKind(v: unknown): string {
  if (v === null) return t('common.kind.emptyValue');
  if (Array.isArray(v)) return t('common.kind.list');
  if (typeof v === 'string') return t('common.kind.text');
  if (typeof v === 'number') return t('common.kind.number');
  if (typeof v === 'boolean') return t('common.kind.boolean');
  return t('common.kind.nothing');
}

/**
 * Reads and checks a backup file (bytes decoded as strict UTF-8) or an
 * already parsed object. Never touches the database.
 */
export async function readBackup(
  input: Blob | ArrayBuffer | Uint8Array | string | object,
  onProgress?: (p: RestoreProgress) => void,
  maxBytes = MAX_BACKUP_BYTES,
): Promise<CheckResult> {
  let raw: unknown = input;
  if (typeof input === 'string' || input instanceof Blob || input instanceof ArrayBuffer || input instanceof Uint8Array) {
    onProgress?.({ phase: 'reading', done: 0, total: 1 });
    const read = await readJsonFile(input, 'backup', maxBytes);
    if (!read.ok) return { ok: false, errors: [read.error] };
    raw = read.data;
  }
  return checkBackup(raw, onProgress);
}

// ---------------------------------------------------------------------------
// Preview and restore

export type RestoreMode = 'merge' | 'replace';

export interface TablePreview {
  table: TableName;
  label: string;
  inFile: number;
  /** Not here yet: added by either mode. */
  added: number;
  /** Identical here: nothing changes. */
  same: number;
  /** Here in an older or undated version: Merge overwrites it with the backup's. */
  overwritten: number;
  /** Changed here after the backup's copy: Merge keeps it, Replace all loses it. */
  newerHere: number;
  /** Here only: Merge keeps it, Replace all deletes it. */
  onlyHere: number;
}

export interface RestorePreview {
  exportedAt: string;
  fileVersion: 1 | 2;
  tables: TablePreview[];
  inFile: number;
  here: number;
  /** Deals here under another id for the same CRM deal: their sessions and commitments follow the backup's id. */
  repointedDeals: number;
}

/** When a record was last changed, for "newer record wins"; null for records that carry no date. */
function stampOf(table: TableName, r: Record<string, unknown>): string | null {
  if (table === 'deals') return (r.lastSeenAt as string) ?? null;
  const u = r.updatedAt;
  return typeof u === 'string' ? u : null;
}

type Verdict = 'added' | 'same' | 'overwritten' | 'newerHere';
function judge(table: TableName, here: Record<string, unknown> | undefined, incoming: Record<string, unknown>): Verdict {
  if (!here) return 'added';
  if (sameValue(here, incoming)) return 'same';
  const a = stampOf(table, here);
  const b = stampOf(table, incoming);
  return a && b && a > b ? 'newerHere' : 'overwritten';
}

/** Deep equality that ignores key order and treats a missing field as null (old records lack `note`). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a ?? null) === null && (b ?? null) === null) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (const k of new Set([...ka, ...kb])) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Local deals that are the backup's deals under another id (same CRM key), by the backup's deal id. */
async function clashingDeals(deals: Deal[]): Promise<Map<string, Deal>> {
  const db = getDb();
  if (!deals.length || !(await db.deals.count())) return new Map();
  const byKey = new Map(deals.map((d) => [d.key, d]));
  const found = new Map<string, Deal>();
  const note = (here: Deal) => {
    const incoming = byKey.get(here.key);
    if (incoming && incoming.id !== here.id) found.set(incoming.id, here);
  };
  // A few deals here: read them all rather than look up every key of the backup.
  if ((await db.deals.count()) * 4 <= deals.length) (await db.deals.toArray()).forEach(note);
  else for (const part of chunks(deals.map((d) => d.key))) (await db.deals.where('key').anyOf(part).toArray()).forEach(note);
  return found;
}

/** What a restore of this backup would do, without changing anything. */
export async function previewRestore(backup: CheckedBackup): Promise<RestorePreview> {
  const db = getDb();
  return db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const clashes = await clashingDeals(backup.tables.deals);
    const tables: TablePreview[] = [];
    for (const t of TABLES) {
      const rows = backup.tables[t] as Array<Record<string, unknown> & { id: string }>;
      const p: TablePreview = { table: t, label: tr(TABLE_LABELS[t].many), inFile: rows.length, added: 0, same: 0, overwritten: 0, newerHere: 0, onlyHere: 0 };
      let matched = 0;
      const hereCount = await localCount(t);
      // Nothing here yet (a new browser): every record is new, no need to look each one up.
      if (!hereCount) {
        p.added = rows.length;
        tables.push(p);
        continue;
      }
      const here = await localRecords(t, rows);
      for (const r of rows) {
        const clash = t === 'deals' ? clashes.get(r.id) : undefined;
        const local = here.get(r.id) ?? (clash as Record<string, unknown> | undefined);
        if (local) matched++;
        p[judge(t, local ? { ...local, id: r.id } : undefined, r)]++;
      }
      p.onlyHere = Math.max(0, hereCount - matched);
      tables.push(p);
    }
    return {
      exportedAt: backup.exportedAt,
      fileVersion: backup.fileVersion,
      tables,
      inFile: tables.reduce((n, p) => n + p.inFile, 0),
      here: tables.reduce((n, p) => n + p.same + p.overwritten + p.newerHere + p.onlyHere, 0),
      repointedDeals: clashes.size,
    };
  });
}

/**
 * The records here among `ids`, by id. A table here much smaller than the
 * backup's list (a browser that holds a few sessions) is read whole: one read
 * instead of one lookup per record of the backup, each of which costs
 * Chromium's IndexedDB about as much as writing the record.
 */
async function localCopies<T extends { id: string }>(t: TableName, ids: readonly string[]): Promise<Map<string, T>> {
  const table = getDb().table(t);
  const out = new Map<string, T>();
  const here = ids.length ? await table.count() : 0;
  if (!here) return out;
  if (here * 4 <= ids.length) {
    const wanted = new Set(ids);
    for (const r of (await table.toArray()) as T[]) if (wanted.has(r.id)) out.set(r.id, r);
    return out;
  }
  for (const part of chunks([...ids])) for (const r of (await table.bulkGet(part)) as Array<T | undefined>) if (r) out.set(r.id, r);
  return out;
}

/**
 * The records here with the ids of `rows`, as a backup lists them: sessions
 * without the followed-up commitments they hold, and commitments wherever
 * they are stored (the table, or inside their session: version 7).
 */
async function localRecords(t: TableName, rows: ReadonlyArray<{ id: string }>): Promise<Map<string, Record<string, unknown>>> {
  const ids = rows.map((r) => r.id);
  if (t === 'sessions') {
    const here = await localCopies<CoachingSession>(t, ids);
    return new Map([...here].map(([id, x]) => [id, withoutResolved(x)]));
  }
  const here = await localCopies<Record<string, unknown> & { id: string }>(t, ids);
  if (t !== 'commitments') return here;
  const sessions = await localCopies<CoachingSession>('sessions', [...new Set((rows as Commitment[]).map((c) => c.sessionId))]);
  const wanted = new Set(ids);
  for (const x of sessions.values()) for (const c of x.resolvedCommitments ?? []) if (wanted.has(c.id) && !here.has(c.id)) here.set(c.id, c);
  return here;
}

/** How many records of table `t` are here, as a backup would list them (commitments inside sessions count). */
async function localCount(t: TableName): Promise<number> {
  const db = getDb();
  const n = await db.table(t).count();
  if (t !== 'commitments' || !(await db.sessions.count())) return n;
  let inside = 0;
  await db.sessions.each((s) => {
    inside += s.resolvedCommitments?.length ?? 0;
  });
  return n + inside;
}

export type RestoreResult =
  | { ok: true; records: number; mode: RestoreMode; written: number; keptNewer: number; repointed: number }
  | { ok: false; errors: string[] };

/**
 * Restores a backup in one transaction: a failure anywhere changes nothing.
 * - merge (default): records not here are added; a record here and in the
 *   backup keeps whichever changed last (`updatedAt`; deals by `lastSeenAt`;
 *   undated records take the backup's); everything only here stays.
 * - replace: everything here is deleted first, then the backup is written.
 * A deal here under another id for the same CRM deal is merged into the
 * backup's id, and its sessions and commitments are re-pointed to it, never
 * orphaned. Writes go 1,000 records at a time; between chunks the page paints.
 */
export async function restoreBackup(
  input: CheckedBackup | Blob | ArrayBuffer | Uint8Array | string | object,
  options: { mode?: RestoreMode; onProgress?: (p: RestoreProgress) => void } = {},
): Promise<RestoreResult> {
  const { mode = 'merge', onProgress } = options;
  let backup: CheckedBackup;
  if ((input as CheckedBackup).checked === true && 'tables' in (input as object)) backup = input as CheckedBackup;
  else {
    const read = await readBackup(input, onProgress);
    if (!read.ok) return read;
    backup = read.backup;
  }
  const { tables } = backup;
  const total = TABLES.reduce((n, t) => n + tables[t].length, 0);
  const db = getDb();
  let done = 0;
  let written = 0;
  let keptNewer = 0;
  let repointed = 0;
  onProgress?.({ phase: 'writing', done, total });
  try {
    await db.transaction('rw', TABLES.map((t) => db.table(t)), async () => {
      if (mode === 'replace') {
        for (const t of TABLES) await db.table(t).clear();
      } else {
        // An owner link or stage mapping here for an owner or label the
        // backup also has gives way to the backup's (nothing points at them,
        // and they carry no date): deleted first, so ids that moved between
        // owners never clash on the unique index.
        for (const part of chunks(tables.repLinks)) {
          await db.repLinks.where('[crm+ownerKey]').anyOf(part.map((l) => [l.crm, l.ownerKey])).delete();
        }
        for (const part of chunks(tables.stageMappings)) {
          await db.stageMappings.where('[crm+label]').anyOf(part.map((m) => [m.crm, m.label])).delete();
        }
        // A deal here under another id for the same CRM deal becomes the
        // backup's deal: its sessions and commitments move to the backup's id.
        const clashes = await clashingDeals(tables.deals);
        if (clashes.size) {
          const byId = new Map(tables.deals.map((d) => [d.id, d]));
          await repointCommitments(new Map([...clashes].map(([newId, here]) => [here.id, newId])));
          for (const [newId, here] of clashes) {
            await repointSessions(here.id, newId);
            await db.deals.delete(here.id);
            // The deal here was seen more recently: keep what it knows, under the backup's id.
            const incoming = byId.get(newId)!;
            if (here.lastSeenAt > incoming.lastSeenAt) byId.set(newId, { ...here, id: newId });
            repointed++;
          }
          tables.deals = tables.deals.map((d) => byId.get(d.id)!);
        }
      }
      // Sessions and commitments are written as the database stores them
      // (version 7: followed-up commitments inside their sessions), the other
      // tables record for record.
      const compareAll = mode === 'merge';
      const plan = await planSessionsAndCommitments(tables.sessions, tables.commitments, compareAll);
      written += plan.written;
      keptNewer += plan.keptNewer;
      const writes: Array<{ t: TableName; rows: Array<Record<string, unknown> & { id: string }>; logical: number; compare: boolean }> = [];
      for (const t of TABLES) {
        if (t === 'sessions') writes.push({ t, rows: plan.sessions, logical: tables.sessions.length, compare: false });
        else if (t === 'commitments') writes.push({ t, rows: plan.commitments, logical: tables.commitments.length, compare: false });
        else writes.push({ t, rows: tables[t] as Array<Record<string, unknown> & { id: string }>, logical: tables[t].length, compare: compareAll && (await db.table(t).count()) > 0 });
      }
      if (plan.deleteCommitments.length) await db.commitments.bulkDelete(plan.deleteCommitments);
      const inFlight: Array<Promise<void>> = [];
      for (const { t, rows: all, logical, compare } of writes) {
        const table = db.table(t) as Table<Record<string, unknown> & { id: string }, string>;
        const parts = chunks(all);
        // Progress counts the backup's records: a table written as fewer records still moves the bar its share.
        let left = logical;
        if (!parts.length) done += logical;
        const here = compare ? await localCopies<Record<string, unknown> & { id: string }>(t, all.map((r) => r.id)) : undefined;
        for (const [pi, part] of parts.entries()) {
          const share = pi === parts.length - 1 ? left : Math.round((logical * part.length) / all.length);
          left -= share;
          let rows = part;
          if (here) {
            rows = part.filter((r) => {
              const v = judge(t, here.get(r.id), r);
              if (v === 'newerHere') keptNewer++;
              return v === 'added' || v === 'overwritten';
            });
          }
          const counted = t === 'sessions' || t === 'commitments';
          // A few chunks in flight keep the database busy while the next one
          // is prepared; awaiting the oldest returns to the event loop (the
          // page, or the worker's messages) while the transaction stays open.
          const write = (rows.length ? table.bulkPut(rows) : Promise.resolve()).then(() => {
            if (!counted) written += rows.length;
            done += share;
            onProgress?.({ phase: 'writing', done, total });
          });
          // Awaited below or by Promise.all; this only keeps a failure after the first from being reported twice.
          write.catch(() => {});
          inFlight.push(write);
          if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
        }
      }
      await Promise.all(inFlight);
    });
  } catch (e) {
    return { ok: false, errors: [describeStorageError(e, t('options.backup.nothingRestored'))] };
  }
  return { ok: true, records: total, mode, written, keptNewer, repointed };
}

/** What a restore writes for sessions and commitments, as the database stores them (version 7). */
interface SessionsPlan {
  /** Session records to put, each with the followed-up commitments it holds. */
  sessions: CoachingSession[];
  /** Records to put in the commitments table. */
  commitments: Commitment[];
  /** Commitments here in the table that move inside their session. */
  deleteCommitments: string[];
  /** The backup's sessions and commitments that are written (added, or overwriting an older copy). */
  written: number;
  keptNewer: number;
}

const HOLD = TEXT_LIMITS.resolvedCommitmentsPerSession;

/**
 * Sessions and commitments to write. Into empty tables (a new browser, or
 * Replace all) they are placed as they are. A merge decides as for every
 * other record (newer wins, judged as a backup lists them: a session without
 * what it holds, a commitment wherever it is stored here), then places the
 * winners: a session that wins keeps the followed-up commitments it holds
 * here, each commitment goes where lib/db/resolved-commitments.ts says
 * against its session as it will be, and nothing is ever in two places.
 */
async function planSessionsAndCommitments(sessionsIn: CoachingSession[], commitsIn: Commitment[], merge: boolean): Promise<SessionsPlan> {
  const db = getDb();
  const compare = merge && ((await db.sessions.count()) > 0 || (await db.commitments.count()) > 0);
  if (!compare) {
    const placed = placeCommitments(sessionsIn, commitsIn);
    return { sessions: placed.sessions, commitments: placed.table, deleteCommitments: [], written: sessionsIn.length + commitsIn.length, keptNewer: 0 };
  }
  const localSessions = await localCopies<CoachingSession>('sessions', [...new Set([...sessionsIn.map((x) => x.id), ...commitsIn.map((c) => c.sessionId)])]);
  const localTable = await localCopies<Commitment>('commitments', commitsIn.map((c) => c.id));
  const localInside = new Map<string, Commitment>();
  for (const x of localSessions.values()) for (const c of x.resolvedCommitments ?? []) localInside.set(c.id, c);

  let written = 0;
  let keptNewer = 0;
  const winningSessions = new Map<string, CoachingSession>();
  const touched = new Set<string>();
  for (const x of sessionsIn) {
    const here = localSessions.get(x.id);
    const v = judge('sessions', here ? withoutResolved(here) : undefined, x);
    if (v === 'newerHere') keptNewer++;
    if (v !== 'added' && v !== 'overwritten') continue;
    written++;
    winningSessions.set(x.id, here?.resolvedCommitments ? { ...x, resolvedCommitments: here.resolvedCommitments } : x);
    touched.add(x.id);
  }
  const winners: Commitment[] = [];
  for (const c of commitsIn) {
    const v = judge('commitments', localTable.get(c.id) ?? localInside.get(c.id), c);
    if (v === 'newerHere') keptNewer++;
    if (v !== 'added' && v !== 'overwritten') continue;
    written++;
    winners.push(c);
    touched.add(c.sessionId);
  }
  const sessionAfter = (id: string) => winningSessions.get(id) ?? localSessions.get(id);
  const winnerIds = new Set(winners.map((c) => c.id));
  const toTable: Commitment[] = [];
  const lists = new Map<string, Commitment[]>();
  // What each touched session holds stays inside while it still belongs there (its rep may have changed).
  for (const id of touched) {
    const x = sessionAfter(id);
    if (!x) continue;
    const list: Commitment[] = [];
    for (const c of x.resolvedCommitments ?? []) {
      if (winnerIds.has(c.id)) continue;
      if (belongsInSession(c, x, HOLD - list.length)) list.push(c);
      else toTable.push(c);
    }
    lists.set(id, list);
  }
  const inside = new Set<string>();
  for (const c of winners) {
    const x = sessionAfter(c.sessionId);
    const list = lists.get(c.sessionId);
    if (list && belongsInSession(c, x, HOLD - list.length)) {
      list.push(c);
      inside.add(c.id);
    } else toTable.push(c);
  }
  const sessions = [...lists].map(([id, list]) => {
    const x = withoutResolved(sessionAfter(id)!);
    return list.length ? { ...x, resolvedCommitments: list } : x;
  });
  return { sessions, commitments: toTable, deleteCommitments: [...inside].filter((id) => localTable.has(id)), written, keptNewer };
}

/** Moves the sessions of deal `from` to deal `to` (inside the caller's transaction). */
async function repointSessions(from: string, to: string): Promise<void> {
  const db = getDb();
  await db.sessions
    .where('[dealId+startedAt]')
    .between([from, ''], [from, '\uffff'])
    .modify((s: CoachingSession) => {
      s.dealId = to;
      // The followed-up commitments it holds (version 7) move with it.
      if (s.resolvedCommitments) s.resolvedCommitments = s.resolvedCommitments.map((c) => (c.dealId === from ? { ...c, dealId: to } : c));
    });
}

/**
 * Moves the commitments of each deal `from` to its deal `to` (inside the
 * caller's transaction): one pass over all commitments, since no index holds
 * every commitment of a deal (version 6 keeps only open or rep-less ones in
 * pendingDealId; clashing deals are rare, restores rarer).
 */
async function repointCommitments(moves: Map<string, string>): Promise<void> {
  await getDb()
    .commitments.filter((c) => moves.has(c.dealId))
    .modify((c: Commitment) => {
      c.dealId = moves.get(c.dealId)!;
    });
}

// ---------------------------------------------------------------------------
// Export

/** The whole database as one object (tests and small callers; the Options page streams with exportBackupBlob). */
export async function exportBackup(now = new Date()): Promise<Backup> {
  const db = getDb();
  const tables = {} as Record<TableName, unknown[]>;
  await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    for (const t of TABLES) tables[t] = await db.table(t).toArray();
  });
  // A backup lists every commitment in its own table (followed-up ones live inside their session: version 7).
  const unfolded = unfoldResolved(tables.sessions as CoachingSession[]);
  tables.sessions = unfolded.sessions;
  tables.commitments = [...tables.commitments, ...unfolded.commitments];
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), tables: tables as Backup['tables'] };
}

/** Records per page of a streamed export. */
const EXPORT_PAGE = 5000;

/**
 * The backup file as a Blob, built table by table and page by page: each page
 * of 5,000 records is read and turned into JSON text on its own, so neither
 * the page nor memory ever holds the whole database as objects at once. One
 * read transaction spans every table, so the file is one consistent moment
 * (awaiting the reads keeps it open; the page paints while they run).
 */
export async function exportBackupBlob(
  now = new Date(),
  onProgress?: (p: { done: number; total: number }) => void,
  pageSize = EXPORT_PAGE,
): Promise<{ blob: Blob; exportedAt: string; records: number }> {
  const db = getDb();
  const exportedAt = now.toISOString();
  const parts: string[] = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"tables":{`];
  let records = 0;
  await db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const counts = await Promise.all(TABLES.map((t) => db.table(t).count()));
    let total = counts.reduce((a, b) => a + b, 0);
    // Followed-up commitments come out of their sessions (version 7) and are listed with the others.
    let held: Commitment[] = [];
    for (const [ti, t] of TABLES.entries()) {
      parts.push(`${ti ? ',' : ''}${JSON.stringify(t)}:[`);
      let last: string | undefined;
      let first = true;
      const emit = (page: readonly unknown[]) => {
        if (!page.length) return;
        const json = JSON.stringify(page);
        parts.push(first ? json.slice(1, -1) : `,${json.slice(1, -1)}`);
        first = false;
        records += page.length;
        onProgress?.({ done: records, total });
      };
      for (;;) {
        const table = db.table(t);
        let page = (await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(pageSize).toArray()) as Array<{ id: string }>;
        if (!page.length) break;
        last = page.at(-1)!.id;
        const full = page.length === pageSize;
        if (t === 'sessions') {
          const unfolded = unfoldResolved(page as CoachingSession[]);
          page = unfolded.sessions;
          held = held.concat(unfolded.commitments);
          total += unfolded.commitments.length;
        }
        emit(page);
        if (!full) break;
      }
      if (t === 'commitments') {
        for (let i = 0; i < held.length; i += pageSize) emit(held.slice(i, i + pageSize));
        held = [];
      }
      parts.push(']');
    }
  });
  parts.push('}}');
  return { blob: new Blob(parts, { type: 'application/json' }), exportedAt, records };
}
