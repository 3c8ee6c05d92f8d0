import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';

/** The database as a build of `version` opened it: that version's stores and every upgrade up to it, none after. */
export function openAt(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const s of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
    const v = db.version(s.version).stores(s.stores);
    if (s.upgrade) v.upgrade(s.upgrade);
  }
  return db;
}
