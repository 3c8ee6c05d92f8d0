import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { getDb } from '../../lib/db/database';

/** Every test starts from an empty database. */
export function useFreshDb() {
  beforeEach(async () => {
    const db = getDb();
    await db.delete();
    await db.open();
  });
}
