import type { z } from 'zod';
import { getLocale, t, type MessageKey } from '../i18n';
import { friendlyIssue } from '../schema/friendly-issues';

/**
 * What each write calls the record it refuses, and the sentence that says so
 * (French agrees with the noun: « La session n’a pas été enregistrée »). Call
 * sites pass the English subject; a new one must be added here to type-check.
 */
const REFUSED = {
  'The session': 'common.refused.session',
  'The rep': 'common.refused.rep',
  'The note': 'common.refused.note',
  'The link to the rep': 'common.refused.repLink',
  'The deal': 'common.refused.deal',
  'The correction': 'common.refused.correction',
  'The question switch': 'common.refused.questionSwitch',
  'The question bank': 'common.refused.questionBank',
  'The stage mapping': 'common.refused.stageMapping',
  'The commitment': 'common.refused.commitment',
  'The renegotiated commitment': 'common.refused.renegotiated',
  Settings: 'common.refused.settings',
} as const satisfies Record<string, MessageKey>;
export type RecordSubject = keyof typeof REFUSED;

/**
 * Every write checks the whole record it is about to store against the schema
 * that restore uses (lib/schema/records.ts), so a backup of this database can
 * always be restored. Called inside the write's transaction: a refused record
 * changes nothing. The message names the field and the limit, in words a
 * manager can act on.
 */
export function checked<S extends z.ZodType>(schema: S, record: unknown, what: RecordSubject): z.output<S> {
  const r = schema.safeParse(record);
  if (r.success) return r.data;
  // Checked again with its inputs, so the French sentence can tell a missing field from a wrong one.
  const issues = getLocale() === 'en' ? r.error.issues : (schema.safeParse(record, { reportInput: true }).error?.issues ?? r.error.issues);
  return refuse(what, issues);
}

function refuse(what: RecordSubject, issues: ReadonlyArray<z.core.$ZodIssue>): never {
  throw new Error(t(REFUSED[what], { issues: describeIssues(issues) }));
}

/**
 * The first three issues. English keeps zod's own words after the field's path
 * ("text: Too big: …", which the tests and support notes quote); other
 * languages get the file checks' sentences (lib/schema/friendly-issues.ts).
 */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  if (getLocale() !== 'en') return issues.slice(0, 3).map(friendlyIssue).join(' ; ');
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`)
    .join('; ');
}
