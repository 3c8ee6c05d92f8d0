import type { z } from 'zod';
import { getLocale, t, type MessageKey } from '../i18n';

/**
 * Turns a zod issue into a sentence a sales manager can act on ("the due date
 * is not a date like 2026-03-31") instead of a schema message ("Invalid input:
 * expected string, received undefined"). The JSON path stays available to
 * whoever wants it (bank import shows it beside the sentence); this only
 * writes the words.
 */
const FIELD_LABELS = {
  id: 'common.field.id',
  name: 'common.field.name',
  text: 'common.field.text',
  key: 'common.field.key',
  crm: 'common.field.crm',
  host: 'common.field.host',
  crmDealId: 'common.field.crmDealId',
  url: 'common.field.url',
  stageLabel: 'common.field.stageLabel',
  stage: 'common.field.stage',
  stages: 'common.field.stages',
  amount: 'common.field.amount',
  currency: 'common.field.currency',
  closeDate: 'common.field.closeDate',
  ownerName: 'common.field.ownerName',
  owner: 'common.field.owner',
  ownerKey: 'common.field.ownerKey',
  repId: 'common.field.repId',
  dealId: 'common.field.dealId',
  sessionId: 'common.field.sessionId',
  tier: 'common.field.tier',
  tierSetAt: 'common.field.tierSetAt',
  trust: 'common.field.trust',
  lastCoachedAt: 'common.field.lastCoachedAt',
  createdAt: 'common.field.createdAt',
  updatedAt: 'common.field.updatedAt',
  firstSeenAt: 'common.field.firstSeenAt',
  lastSeenAt: 'common.field.lastSeenAt',
  stageSince: 'common.field.stageSince',
  startedAt: 'common.field.startedAt',
  endedAt: 'common.field.endedAt',
  resolvedAt: 'common.field.resolvedAt',
  dueDate: 'common.field.dueDate',
  durationSec: 'common.field.durationSec',
  timeBoxMin: 'common.field.timeBoxMin',
  mode: 'common.field.mode',
  kind: 'common.field.kind',
  status: 'common.field.status',
  contract: 'common.field.contract',
  what: 'common.field.what',
  reason: 'common.field.reason',
  importance: 'common.field.importance',
  gap: 'common.field.gap',
  current: 'common.field.current',
  desired: 'common.field.desired',
  cause: 'common.field.cause',
  plan: 'common.field.plan',
  questionId: 'common.field.questionId',
  role: 'common.field.role',
  followUps: 'common.field.followUps',
  followUp: 'common.field.followUp',
  asked: 'common.field.asked',
  answer: 'common.field.answer',
  private: 'common.field.private',
  note: 'common.field.note',
  suggestedBy: 'common.field.suggestedBy',
  outcomeNote: 'common.field.outcomeNote',
  overrides: 'common.field.overrides',
  label: 'common.field.label',
  urlPattern: 'common.field.urlPattern',
  fields: 'common.field.fields',
  selector: 'common.field.selector',
  disabled: 'common.field.disabled',
  enabled: 'common.field.enabled',
  builtIn: 'common.field.builtIn',
  questions: 'common.field.questions',
  question: 'common.field.question',
  category: 'common.field.category',
  tags: 'common.field.tags',
  why: 'common.field.why',
  description: 'common.field.description',
  bank: 'common.field.bank',
  exportedAt: 'common.field.exportedAt',
  format: 'common.field.format',
  version: 'common.field.version',
} as const satisfies Record<string, MessageKey>;

const DATE_TIME_FIELDS = /(At|Since)$/;
const DATE_FIELDS = new Set(['dueDate', 'closeDate']);

const fieldLabel = (k: string) => (Object.hasOwn(FIELD_LABELS, k) ? t(FIELD_LABELS[k as keyof typeof FIELD_LABELS]) : t('common.issue.quoted', { value: k }));

/**
 * "plan item 2’s question id", "up-front contract’s reason", "name". French
 * names the field « le champ « plan (n° 2) › id de question » », so every
 * sentence built on it agrees with one masculine noun, whatever the field.
 */
export function describeField(path: ReadonlyArray<PropertyKey>): string {
  const fr = getLocale() === 'fr';
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const k = path[i]!;
    const next = path[i + 1];
    if (typeof k === 'number') continue;
    const label = fieldLabel(String(k));
    if (typeof next === 'number') words.push(fr ? t('common.issue.item', { label, n: String(next + 1) }) : `${singular(label)} ${next + 1}`);
    else words.push(label);
  }
  if (!words.length) return t('common.issue.theRecord');
  return t('common.issue.field', { path: words.join(fr ? ' › ' : '’s ') });
}

/** English only: "plan item 2", "question 3". */
function singular(label: string): string {
  if (label === 'plan') return 'plan item';
  if (label === 'questions') return 'question';
  if (label === 'follow-up questions') return 'follow-up question';
  if (label === 'stages') return 'stage';
  if (label === 'tags') return 'tag';
  return `${label} item`;
}

const KIND_WORDS: Record<string, MessageKey> = {
  string: 'common.kind.text',
  number: 'common.kind.number',
  int: 'common.kind.int',
  boolean: 'common.kind.boolean',
  array: 'common.kind.list',
  object: 'common.kind.object',
  null: 'common.kind.null',
  undefined: 'common.kind.missing',
};
const kindWord = (kind: string) => (Object.hasOwn(KIND_WORDS, kind) ? t(KIND_WORDS[kind]!) : kind);

/** What a value is, in words: "text", "a list", "true or false". */
export function kindOf(v: unknown): string {
  if (v === null) return t('common.kind.null');
  if (Array.isArray(v)) return t('common.kind.list');
  if (typeof v === 'number') return Number.isFinite(v) ? t('common.kind.number') : t('common.kind.notFinite');
  return kindWord(typeof v);
}

/** Our own refinements' messages (lib/schema), in the manager's language. */
const CUSTOM_MESSAGES: Record<string, MessageKey> = {
  'must be plain text, not HTML': 'common.issue.plainText',
};

/**
 * One sentence (without a trailing period) for one issue, e.g. "the due date
 * is not a date like 2026-03-31", in the active language. Parse with
 * `{ reportInput: true }` so the sentence can tell a missing field from a
 * wrong one.
 */
export function friendlyIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const last = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;
  const field = describeField(path);
  const value = valueAt(issue);
  const isDateTime = !!last && DATE_TIME_FIELDS.test(last);
  const isDate = !!last && DATE_FIELDS.has(last);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return t('common.issue.missing', { field });
      if (isDateTime && issue.expected === 'string') return t('common.issue.typeDateTime', { field, kind: kindOf(value) });
      if (isDate && issue.expected === 'string') return t('common.issue.typeDate', { field, kind: kindOf(value) });
      return t('common.issue.type', { field, expected: kindWord(issue.expected), kind: kindOf(value) });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (isDateTime) return t('common.issue.notDateTime', { field });
        return min <= 1 ? t('common.issue.empty', { field }) : t('common.issue.tooShort', { field, min: String(min) });
      }
      if (issue.origin === 'array') return min <= 1 ? t('common.issue.needsOne', { field }) : t('common.issue.needsEntries', { field, min: String(min) });
      return t('common.issue.atLeast', { field, min: String(min) });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        if (isDateTime) return t('common.issue.notDateTime', { field });
        const length = typeof issue.input === 'string' ? issue.input.length : undefined;
        // Numbers (not strings) here: written the locale's way, "1,000" or "1 000".
        return length ? t('common.issue.tooLongHas', { field, max, length }) : t('common.issue.tooLong', { field, max });
      }
      if (issue.origin === 'array') return t('common.issue.tooManyEntries', { field, max: String(max) });
      return t('common.issue.atMost', { field, max: String(max) });
    }
    case 'invalid_format': {
      if (isDate) return t('common.issue.notDate', { field });
      return t('common.issue.notForm', { field });
    }
    case 'invalid_value': {
      if (value === undefined) return t('common.issue.missing', { field });
      const allowed = issue.values.map((v) => t('common.issue.quoted', { value: String(v) }));
      const got = t('common.issue.quoted', { value: String(value).slice(0, 40) });
      return allowed.length === 1
        ? t('common.issue.mustBeNot', { field, allowed: allowed[0]!, value: got })
        : t('common.issue.oneOfNot', { field, allowed: `${allowed.slice(0, 8).join(', ')}${allowed.length > 8 ? ', …' : ''}`, value: got });
    }
    case 'unrecognized_keys':
      return t('common.issue.unknownKeys', { field, keys: issue.keys.slice(0, 5).join(', ') });
    case 'custom': {
      // Our own refinements already speak plainly ("must be plain text, not HTML").
      const key = Object.hasOwn(CUSTOM_MESSAGES, issue.message) ? CUSTOM_MESSAGES[issue.message] : undefined;
      return key ? t(key, { field }) : `${field} ${issue.message}`;
    }
    default:
      return t('common.issue.invalid', { field });
  }
}

function valueAt(issue: z.core.$ZodIssue): unknown {
  return 'input' in issue ? issue.input : undefined;
}

export const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * An issue after a colon ("Deal 3 in the file: The due date is missing."):
 * English starts it with a capital, French does not.
 */
export const afterColon = (s: string) => (getLocale() === 'fr' ? s : capitalize(s));
