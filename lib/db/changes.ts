/**
 * Change notices finer than a table. Since database version 3 a session's
 * running note lives inside its session record, so an autosave writes the
 * `sessions` table; announced as such, every live read of sessions in the
 * panel (active session, history, follow-ups) would run again for a
 * keystroke. A write that changes only a session's note (and its
 * `updatedAt`) is announced as the virtual change `sessions.note` instead:
 * only the reads that use note text or a session's `updatedAt` declare it.
 * A change of the whole `sessions` table still reaches those reads too.
 *
 * No imports: the embedded panel's client (components/data.ts) matches
 * notices with `readsChanged` and must stay free of Dexie and zod.
 */
export const NOTE_CHANGE = 'sessions.note';
export type ChangeName = typeof NOTE_CHANGE;

/** True when a read of `reads` may see something one of `changed` altered. */
export function readsChanged(reads: ReadonlySet<string>, changed: readonly string[]): boolean {
  for (const c of changed) {
    if (reads.has(c)) return true;
    // A whole table changed: reads of one of its parts (`sessions.note`) run again too.
    for (const r of reads) if (r.length > c.length && r.startsWith(c) && r[c.length] === '.') return true;
  }
  return false;
}

/**
 * The mutation sets (Dexie's `storagemutated` parts) of transactions that
 * changed only a session's note. Held weakly: a set is dropped with its
 * transaction.
 */
const noteOnly = new WeakSet<object>();

/**
 * Called by the note's write at the end of its own transaction (the `tx` its
 * callback received): Dexie fires `storagemutated` with this very
 * transaction's mutation set when it commits, so the broadcaster can tell it
 * apart from any other write. A write nested in a wider transaction is not
 * marked (that transaction may change more), and if Dexie ever stops keeping
 * the set on its transaction nothing is marked: the change is then announced
 * as the whole table, as before.
 */
export function markNoteOnlyWrite(tx: unknown): void {
  const t = tx as { parent?: unknown; idbtrans?: { mutatedParts?: unknown } } | undefined;
  const parts = t?.idbtrans?.mutatedParts;
  if (!t?.parent && parts && typeof parts === 'object') noteOnly.add(parts);
}

/** Whether a `storagemutated` event comes from a note-only write marked above. */
export function isNoteOnlyWrite(parts: object): boolean {
  return noteOnly.has(parts);
}
