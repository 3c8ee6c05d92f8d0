import * as z from 'zod/mini';

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
 * Written with `zod/mini`: the embedded panel ships this module.
 *
 * Privacy: storage.local is readable by our own content scripts (never by
 * the page's scripts); an entry stays there only until drained, usually well
 * under a second. storage.session would hide it from them but is lost when the
 * browser quits, and encrypting first would delay the write past the keystroke.
 */
export const JOURNAL_PREFIX = 'journal:';
/** Entries are kept in this shape; a later shape gets a new number and a migration in drain.ts. */
export const JOURNAL_VERSION = 1;

const Id = z.string().check(z.minLength(1), z.maxLength(100));

/** What a typed field saves to: one text property of one record. */
export const JournalTarget = z.discriminatedUnion('kind', [
  /** The session's running note (created on first save). */
  z.object({ kind: z.literal('note'), sessionId: Id, dealId: Id, repId: z.nullable(Id) }),
  z.object({ kind: z.literal('contract'), sessionId: Id, part: z.enum(['what', 'reason', 'importance', 'repWants']) }),
  z.object({ kind: z.literal('gap'), sessionId: Id, part: z.enum(['current', 'desired']) }),
  /** The rep's answer to one planned question. */
  z.object({ kind: z.literal('answer'), sessionId: Id, questionId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.object({ kind: z.literal('commitment'), commitmentId: Id, part: z.enum(['text', 'followUp']) }),
]);
export type JournalTarget = z.infer<typeof JournalTarget>;

export const JournalEntry = z.object({
  v: z.literal(JOURNAL_VERSION),
  target: JournalTarget,
  /** The field's whole value (the longest stored text, a note, may hold 100,000 characters). */
  text: z.string().check(z.maxLength(100_000)),
  /** When it was typed (ms), never decreasing within one writer. */
  at: z.number().check(z.nonnegative()),
  /** The page that typed it, and its own count: with `at`, a total order of writes. */
  writer: z.string().check(z.minLength(1), z.maxLength(40)),
  n: z.number().check(z.int(), z.nonnegative()),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

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

export function parseEntry(raw: unknown): JournalEntry | null {
  const r = JournalEntry.safeParse(raw);
  return r.success ? r.data : null;
}
