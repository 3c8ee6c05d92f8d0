import Dexie, { type EntityTable } from 'dexie';
import type {
  CoachingSession,
  Commitment,
  CustomSiteRecord,
  Deal,
  Note,
  Rep,
  RepLink,
  StageMapping,
} from '../schema/records';
import type { QuestionBank } from '../schema/question';
import { SCHEMA_VERSIONS } from './versions';

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
  notes: EntityTable<Note, 'id'>;
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
 */
export function createDb(name = DB_NAME): SidelineDb {
  const db = new Dexie(name) as SidelineDb;
  for (const step of SCHEMA_VERSIONS) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  // Another page holding an older schema must not block an upgrade forever:
  // close this connection so the newer page can proceed; it reopens on next use.
  db.on('versionchange', () => {
    db.close();
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
