import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreQueryRequest, DBCoreOpenCursorRequest, DBCoreTable } from 'dexie';
import { getDb } from '../../lib/db/database';
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { loadCoachingReview } from '../../lib/db/review';
import { countDueFollowUps } from '../../lib/review/badge';
import { seedBackup } from '../bench/seed';
import { restoreBackup } from '../../lib/db/backup';
import { todayIso } from '../../lib/dates';

/*
 * "Every query behind the agenda and Your coaching uses an index": each read
 * Dexie sends to IndexedDB is recorded (a DBCore middleware), and a read of a
 * whole large table (deals, sessions, notes, commitments) fails the test.
 * Reps and settings are a handful of rows, read whole on purpose.
 */
interface Read {
  table: string;
  index: string;
  whole: boolean;
}
const reads: Read[] = [];
const LARGE = new Set(['deals', 'sessions', 'notes', 'commitments']);

beforeAll(async () => {
  const db = getDb();
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'index-probe',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const t = down.table(name);
          const log = (req: DBCoreQueryRequest | DBCoreOpenCursorRequest) =>
            reads.push({ table: name, index: req.query.index.name || ':id', whole: req.query.range.type === 3 /* DBCoreRangeType.Any */ });
          return {
            ...t,
            query: (req) => (log(req), t.query(req)),
            openCursor: (req) => (log(req), t.openCursor(req)),
          };
        },
      };
    },
  });
  await db.delete();
  await db.open();
  const r = await restoreBackup(JSON.parse(JSON.stringify(seedBackup({ deals: 500, notes: 5000, commitments: 2000, recentSessions: 520 }))));
  expect(r.ok).toBe(true);
});

describe('the popup’s reads go through indexes', () => {
  it('the agenda, “Your coaching” and the badge count never read a large table whole', async () => {
    const today = todayIso();
    reads.length = 0;
    const [{ agenda }, review] = await Promise.all([loadTodaysAgenda(today, weekStartIso(today)), loadCoachingReview(today), countDueFollowUps(today)]);
    expect(agenda.repRows?.length).toBeGreaterThan(0);
    expect(review.weeks.some((w) => w.measured > 0)).toBe(true);
    expect(reads.length).toBeGreaterThan(0);
    // The probe sees a whole-table read when there is one (the reps, read whole on purpose).
    expect(reads.some((r) => r.table === 'reps' && r.whole)).toBe(true);
    const wholeLarge = reads.filter((r) => LARGE.has(r.table) && r.whole);
    expect(wholeLarge, JSON.stringify(wholeLarge)).toEqual([]);
    // The indexes they use.
    const used = new Set(reads.filter((r) => LARGE.has(r.table)).map((r) => `${r.table}.${r.index}`));
    expect([...used].sort()).toEqual(expect.arrayContaining(['sessions.endedAt', 'commitments.openDue', 'deals.[repId+lastSeenAt]', 'sessions.[repId+startedAt]']));
  });
});
