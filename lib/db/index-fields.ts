import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';

/**
 * Fields stored only so that an index can leave records out (Dexie version 6).
 * IndexedDB skips a record in an index when the indexed field is missing, so
 * an index on a field that only open records carry holds only open records:
 * a restore of the bench's backup writes 500 entries for open commitments
 * instead of 20,000, and one for the unfinished session instead of 10,520
 * (each index entry costs Chromium's IndexedDB about 17 µs to write).
 *
 * They are derived here, on every write of every page and of the restore
 * (a Dexie middleware under every table), and removed from every record read,
 * so no other code, no export and no backup ever sees them.
 * - commitments.openDue: the due date while the commitment is open.
 * - commitments.pendingDealId: the deal while the commitment is open or has
 *   no rep yet, the two reads by deal (a deal's open commitments; giving a
 *   newly linked rep the deal's commitments). Re-pointing a deal during a
 *   restore, the one read of all a deal's commitments, scans them instead.
 * - sessions.openStatus: the status while the session is planned or active.
 */
type Derive = { field: string; of: (r: Record<string, unknown>) => unknown };
export const INDEX_FIELDS: Record<'commitments' | 'sessions', readonly Derive[]> = {
  commitments: [
    { field: 'openDue', of: (r) => (r.status === 'open' ? r.dueDate : undefined) },
    { field: 'pendingDealId', of: (r) => (r.status === 'open' || r.repId == null ? r.dealId : undefined) },
  ],
  sessions: [{ field: 'openStatus', of: (r) => (r.status === 'planned' || r.status === 'active' ? r.status : undefined) }],
};
type IndexedTable = keyof typeof INDEX_FIELDS;
const isIndexed = (t: string): t is IndexedTable => Object.hasOwn(INDEX_FIELDS, t);

/** Each table's record without its index fields, as one copy that stays a plain fast object (no `delete`). */
const STRIP: Record<IndexedTable, (r: Record<string, unknown>) => Record<string, unknown>> = {
  commitments: ({ openDue: _due, pendingDealId: _deal, ...rest }) => rest,
  sessions: ({ openStatus: _status, ...rest }) => rest,
};

/** The record as stored: with each index field that applies, without those that do not. One copy, only when something changes. */
export function withIndexField(table: string, record: unknown): unknown {
  if (!isIndexed(table) || typeof record !== 'object' || record === null) return record;
  const r = record as Record<string, unknown>;
  const fields = INDEX_FIELDS[table];
  const values = fields.map(({ of }) => of(r));
  if (fields.every(({ field }, i) => (values[i] === undefined ? !(field in r) : r[field] === values[i]))) return record;
  const out = STRIP[table](r);
  fields.forEach(({ field }, i) => {
    if (values[i] !== undefined) out[field] = values[i];
  });
  return out;
}

/** The record as the rest of Sideline knows it: without the index fields (one copy, only when it has any). */
export function withoutIndexField(table: string, record: unknown): unknown {
  if (!isIndexed(table) || typeof record !== 'object' || record === null) return record;
  const fields = INDEX_FIELDS[table];
  if (!fields.some(({ field }) => field in record)) return record;
  return STRIP[table](record as Record<string, unknown>);
}

/** The cursor with its value read without the index field (the same object for as long as the cursor stays on a record). */
function wrapCursor(table: string, cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  let raw: unknown;
  let seen: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const v = cursor.value;
        if (v !== raw || seen === undefined) {
          raw = v;
          seen = withoutIndexField(table, v);
        }
        return seen;
      },
    },
  }) as DBCoreCursor;
}

/** Derives the index fields on every add and put, and removes them from every value read. */
export const indexFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sideline-index-fields',
  create(down: DBCore): DBCore {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const t = down.table(name);
        if (!isIndexed(name)) return t;
        const strip = (v: unknown) => withoutIndexField(name, v);
        return {
          ...t,
          mutate: (req) =>
            req.type === 'add' || req.type === 'put' ? t.mutate({ ...req, values: req.values.map((v) => withIndexField(name, v)) }) : t.mutate(req),
          get: (req) => t.get(req).then(strip),
          getMany: (req) => t.getMany(req).then((vs) => vs.map(strip)),
          query: (req) => t.query(req).then((res) => (req.values ? { ...res, result: res.result.map(strip) } : res)),
          openCursor: (req) => t.openCursor(req).then((c) => (req.values === false ? c : wrapCursor(name, c))),
        };
      },
    };
  },
};
