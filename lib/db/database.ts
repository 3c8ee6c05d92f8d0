import Dexie, { type EntityTable } from 'dexie';
import type {
  CoachingSession,
  Commitment,
  CustomSiteRecord,
  Deal,
  Rep,
  RepLink,
  StageMapping,
} from '../schema/records';
import type { QuestionBank } from '../schema/question';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';
import { indexFieldsMiddleware } from './index-fields';

/** Per-question switches for the built-in bank, which itself lives in code. */
export interface QuestionState {
  id: string;
  disabled: boolean;
}

/** A stored settings document; parsed field by field on read (parseSettings). */
export interface SettingsRecord {
  id: 'settings';
  [field: string]: unknown;
}

export interface SidelineTables {
  reps: EntityTable<Rep, 'id'>;
  repLinks: EntityTable<RepLink, 'id'>;
  deals: EntityTable<Deal, 'id'>;
  sessions: EntityTable<CoachingSession, 'id'>;
  commitments: EntityTable<Commitment, 'id'>;
  stageMappings: EntityTable<StageMapping, 'id'>;
  questionBanks: EntityTable<QuestionBank, 'id'>;
  questionStates: EntityTable<QuestionState, 'id'>;
  customSites: EntityTable<CustomSiteRecord, 'id'>;
  settings: EntityTable<SettingsRecord, 'id'>;
}
export type SidelineDb = Dexie & SidelineTables;
export type TableName = keyof SidelineTables;

export const DB_NAME = 'sideline';

/**
 * Opens the database. Only extension pages and the background call this: a
 * content script would open the CRM origin's IndexedDB, which the CRM can read.
 * `versions` is for tests that play an older build of Sideline.
 */
export function createDb(name = DB_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS): SidelineDb {
  const db = new Dexie(name) as SidelineDb;
  for (const step of versions) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  // Version 6's sparse index fields, kept on every write and out of every read.
  db.use(indexFieldsMiddleware);
  // Another page (or a newer build of Sideline) is upgrading the schema: let
  // it proceed by closing this connection, but keep auto-open on, so this
  // page's next read or write reopens the database at whatever version it is
  // now instead of failing with DatabaseClosedError (Dexie opens a newer
  // database as it is when the tables this page uses are all there).
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    return false;
  });
  return db;
}

let shared: SidelineDb | undefined;
/** The one connection of this extension page or service worker. */
export function getDb(): SidelineDb {
  if (!shared) shared = createDb();
  return shared;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
