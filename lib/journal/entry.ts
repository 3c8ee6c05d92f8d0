/**
 * The write-ahead journal for typed text. Every input in a typed field writes
 * the field's whole pending value to `browser.storage.local` at once (not
 * debounced): that call is a single message to the browser process, issued
 * while the keystroke is handled, and it lands even when the tab closes right
 * after (measured in Chromium: 40 of 40 at 0 and 50 ms, with the service
 * worker running or stopped; tests/e2e/durable-typing.test.ts keeps checking).
 * The background then moves entries into IndexedDB (drain.ts) and removes
 * each only once its write has landed.
 *
 * One key per write, never overwritten: removing an applied entry can never
 * remove a newer one, so no compare-and-delete is needed across contexts.
 * No zod here: the embedded panel ships this module (tests/meta/bundles.test.ts).
 *
 * Privacy: storage.local is readable by our own content scripts (never by
 * the page's scripts); an entry stays there only until drained, usually well
 * under a second. storage.session would hide it from them but is lost when the
 * browser quits, and encrypting first would delay the write past the keystroke.
 */
export const JOURNAL_PREFIX = 'journal:';
/** Entries are kept in this shape; a later shape gets a new number and a migration in drain.ts. */
export const JOURNAL_VERSION = 1;

/** What a typed field saves to: one text property of one record. */
export type JournalTarget =
  /** The session's running note (inside the session record). */
  | { kind: 'note'; sessionId: string; dealId: string; repId: string | null }
  | { kind: 'contract'; sessionId: string; part: 'what' | 'reason' | 'importance' | 'repWants' }
  | { kind: 'gap'; sessionId: string; part: 'current' | 'desired' }
  /** The rep's answer to one planned question. */
  | { kind: 'answer'; sessionId: string; questionId: string }
  | { kind: 'commitment'; commitmentId: string; part: 'text' | 'followUp' };

export interface JournalEntry {
  v: typeof JOURNAL_VERSION;
  target: JournalTarget;
  /** The field's whole value (the longest stored text, a note, may hold 100,000 characters). */
  text: string;
  /** When it was typed (ms), never decreasing within one writer. */
  at: number;
  /** The page that typed it, and its own count: with `at`, a total order of writes. */
  writer: string;
  n: number;
}

const PARTS = {
  contract: ['what', 'reason', 'importance', 'repWants'],
  gap: ['current', 'desired'],
  commitment: ['text', 'followUp'],
} as const;

const isId = (v: unknown, max = 100): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parseTarget(raw: unknown): JournalTarget | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  switch (t.kind) {
    case 'note':
      return isId(t.sessionId) && isId(t.dealId) && (t.repId === null || isId(t.repId))
        ? { kind: 'note', sessionId: t.sessionId, dealId: t.dealId, repId: t.repId }
        : null;
    case 'contract':
    case 'gap':
      return isId(t.sessionId) && (PARTS[t.kind] as readonly unknown[]).includes(t.part)
        ? ({ kind: t.kind, sessionId: t.sessionId, part: t.part } as JournalTarget)
        : null;
    case 'answer':
      return isId(t.sessionId) && isId(t.questionId, 200) ? { kind: 'answer', sessionId: t.sessionId, questionId: t.questionId } : null;
    case 'commitment':
      return isId(t.commitmentId) && (PARTS.commitment as readonly unknown[]).includes(t.part)
        ? ({ kind: 'commitment', commitmentId: t.commitmentId, part: t.part } as JournalTarget)
        : null;
    default:
      return null;
  }
}

/** One key for one field: all writes to it share this, whoever typed them. */
export function fieldKey(t: JournalTarget): string {
  switch (t.kind) {
    case 'note':
      return `note/${t.sessionId}`;
    case 'contract':
    case 'gap':
      return `${t.kind}/${t.sessionId}/${t.part}`;
    case 'answer':
      return `answer/${t.sessionId}/${t.questionId}`;
    case 'commitment':
      return `commitment/${t.commitmentId}/${t.part}`;
  }
}

/** The storage key of one write. */
export function entryKey(e: Pick<JournalEntry, 'target' | 'at' | 'writer' | 'n'>): string {
  return `${JOURNAL_PREFIX}${fieldKey(e.target)}|${e.at}|${e.writer}|${e.n}`;
}

export function isJournalKey(key: string): boolean {
  return key.startsWith(JOURNAL_PREFIX);
}

/** Older writes sort first: by time typed, then by writer and its own count. */
export function compareEntries(a: JournalEntry, b: JournalEntry): number {
  return a.at - b.at || (a.writer < b.writer ? -1 : a.writer > b.writer ? 1 : 0) || a.n - b.n;
}

/** An entry as storage gives it back, checked field by field (storage is ours, but a bad write must not reach the database); a fresh object with only the known keys. */
export function parseEntry(raw: unknown): JournalEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const e = raw as Record<string, unknown>;
  const target = parseTarget(e.target);
  if (e.v !== JOURNAL_VERSION || !target) return null;
  if (typeof e.text !== 'string' || e.text.length > 100_000) return null;
  if (!isCount(e.at) || !isId(e.writer, 40) || !isCount(e.n) || !Number.isInteger(e.n)) return null;
  return { v: JOURNAL_VERSION, target, text: e.text, at: e.at, writer: e.writer, n: e.n };
}
