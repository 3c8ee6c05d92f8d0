import type { z } from 'zod';

/**
 * Every write checks the whole record it is about to store against the schema
 * that restore uses (lib/schema/records.ts), so a backup of this database can
 * always be restored. Called inside the write's transaction: a refused record
 * changes nothing. The message names the field and the limit, in words a
 * manager can act on.
 */
export function checked<S extends z.ZodType>(schema: S, record: unknown, what: string): z.output<S> {
  const r = schema.safeParse(record);
  if (r.success) return r.data;
  throw new Error(`${what} was not saved: ${describeIssues(r.error.issues)}`);
}

export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`)
    .join('; ');
}
