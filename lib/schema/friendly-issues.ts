import type { z } from 'zod';

/**
 * Turns a zod issue into a sentence a sales manager can act on ("the due date
 * is not a date like 2026-03-31") instead of a schema message ("Invalid input:
 * expected string, received undefined"). The JSON path stays available to
 * whoever wants it (bank import shows it beside the sentence); this only
 * writes the words.
 */
const FIELD_LABELS: Record<string, string> = {
  id: 'id',
  name: 'name',
  text: 'text',
  key: 'deal key',
  crm: 'CRM',
  host: 'CRM address',
  crmDealId: 'CRM deal id',
  url: 'link',
  stageLabel: 'stage',
  stage: 'stage',
  stages: 'stages',
  amount: 'amount',
  currency: 'currency',
  closeDate: 'close date',
  ownerName: 'owner',
  owner: 'owner',
  ownerKey: 'owner name',
  repId: 'rep',
  dealId: 'deal',
  sessionId: 'session',
  tier: 'tier',
  tierSetAt: 'time the tier was set',
  trust: 'trust level',
  lastCoachedAt: 'last coached time',
  createdAt: 'creation time',
  updatedAt: 'time of the last change',
  firstSeenAt: 'first-seen time',
  lastSeenAt: 'last-seen time',
  stageSince: 'stage-since time',
  startedAt: 'start time',
  endedAt: 'end time',
  resolvedAt: 'resolved time',
  dueDate: 'due date',
  durationSec: 'duration',
  timeBoxMin: 'time box',
  mode: 'mode',
  kind: 'kind',
  status: 'status',
  contract: 'up-front contract',
  what: 'what',
  reason: 'reason',
  importance: 'importance',
  gap: 'gap analysis',
  current: 'where the rep is',
  desired: 'where the rep wants to be',
  cause: 'cause',
  plan: 'plan',
  questionId: 'question id',
  role: 'role',
  followUps: 'follow-up questions',
  followUp: 'how to follow up',
  asked: 'asked',
  answer: 'answer',
  private: 'private',
  note: 'note',
  suggestedBy: 'suggested by',
  outcomeNote: 'outcome note',
  overrides: 'corrections',
  label: 'label',
  urlPattern: 'address pattern',
  fields: 'fields',
  selector: 'selector',
  disabled: 'switched off',
  enabled: 'switched on',
  builtIn: 'built-in',
  questions: 'questions',
  question: 'question',
  category: 'category',
  tags: 'tags',
  why: 'why',
  description: 'description',
  bank: 'bank',
  exportedAt: 'export date',
  format: 'format',
  version: 'version',
};

const DATE_TIME_FIELDS = /(At|Since)$/;
const DATE_FIELDS = new Set(['dueDate', 'closeDate']);

/** "plan item 2’s question id", "up-front contract’s reason", "name". */
export function describeField(path: ReadonlyArray<PropertyKey>): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const k = path[i]!;
    const next = path[i + 1];
    if (typeof k === 'number') continue;
    const label = FIELD_LABELS[String(k)] ?? `“${String(k)}”`;
    if (typeof next === 'number') words.push(`${singular(label)} ${next + 1}`);
    else words.push(label);
  }
  if (!words.length) return 'the record';
  return `the ${words.join('’s ')}`;
}

function singular(label: string): string {
  if (label === 'plan') return 'plan item';
  if (label === 'questions') return 'question';
  if (label === 'follow-up questions') return 'follow-up question';
  if (label === 'stages') return 'stage';
  if (label === 'tags') return 'tag';
  return `${label} item`;
}

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
  undefined: 'missing',
};

function kindOf(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isFinite(v) ? 'a number' : 'not a real number';
  return KIND_WORDS[typeof v] ?? typeof v;
}

/**
 * One sentence (without a trailing period) for one issue, e.g. "the due date
 * is not a date like 2026-03-31". Parse with `{ reportInput: true }` so the
 * sentence can tell a missing field from a wrong one.
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
      if (value === undefined) return `${field} is missing`;
      if (isDateTime && issue.expected === 'string') return `${field} should be a date and time like 2026-03-31T09:00:00Z, not ${kindOf(value)}`;
      if (isDate && issue.expected === 'string') return `${field} should be a date like 2026-03-31, not ${kindOf(value)}`;
      return `${field} should be ${KIND_WORDS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (isDateTime) return `${field} is not a date and time like 2026-03-31T09:00:00Z`;
        return min <= 1 ? `${field} is empty` : `${field} is too short (at least ${min} characters)`;
      }
      if (issue.origin === 'array') return min <= 1 ? `${field} needs at least one entry` : `${field} needs at least ${min} entries`;
      return `${field} must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        if (isDateTime) return `${field} is not a date and time like 2026-03-31T09:00:00Z`;
        const len = typeof issue.input === 'string' ? issue.input.length : undefined;
        return `${field} is too long (at most ${max.toLocaleString('en')} characters${len ? `, this one has ${len.toLocaleString('en')}` : ''})`;
      }
      if (issue.origin === 'array') return `${field} has too many entries (at most ${max})`;
      return `${field} must be at most ${max}`;
    }
    case 'invalid_format': {
      if (isDate) return `${field} is not a date like 2026-03-31`;
      return `${field} is not in the expected form`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `“${String(v)}”`);
      const got = value === undefined ? '' : ` (not “${String(value).slice(0, 40)}”)`;
      if (value === undefined) return `${field} is missing`;
      return allowed.length === 1
        ? `${field} must be ${allowed[0]}${got}`
        : `${field} must be one of ${allowed.slice(0, 8).join(', ')}${allowed.length > 8 ? ', …' : ''}${got}`;
    }
    case 'unrecognized_keys':
      return `${field} has fields Sideline does not know: ${issue.keys.slice(0, 5).join(', ')}`;
    case 'custom':
      // Our own refinements already speak plainly ("must be plain text, not HTML").
      return `${field} ${issue.message}`;
    default:
      return `${field} is not valid`;
  }
}

function valueAt(issue: z.core.$ZodIssue): unknown {
  return 'input' in issue ? issue.input : undefined;
}

export const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
