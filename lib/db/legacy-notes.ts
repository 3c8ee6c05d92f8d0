import type { CoachingSession, Note, SessionNote } from '../schema/records';

/**
 * Up to database version 2 (and backup format 1) a session's running note was
 * a record of its own in a `notes` table. Since version 3 it lives inside the
 * session record. This folds old note records into their sessions without
 * losing a word: several notes of one session are joined oldest first, and a
 * note whose session is missing gets an ended session of its own so it still
 * shows in the deal's history. Used by the version 3 upgrade and by restores
 * of old backups, so both give the same result.
 */
export function foldNotesIntoSessions(
  sessions: CoachingSession[],
  notes: Array<Pick<Note, 'sessionId' | 'dealId' | 'repId' | 'text' | 'createdAt' | 'updatedAt'>>,
): { sessions: CoachingSession[]; changed: CoachingSession[]; recovered: CoachingSession[] } {
  const bySession = new Map<string, typeof notes>();
  for (const n of notes) {
    const list = bySession.get(n.sessionId);
    if (list) list.push(n);
    else bySession.set(n.sessionId, [n]);
  }
  const changed: CoachingSession[] = [];
  const out = sessions.map((s) => {
    const own = bySession.get(s.id);
    if (!own) return s;
    bySession.delete(s.id);
    const note = joinNotes(s.note ?? null, own);
    const next = { ...s, note, updatedAt: later(s.updatedAt, note.updatedAt) };
    changed.push(next);
    return next;
  });
  const recovered: CoachingSession[] = [];
  for (const [sessionId, own] of bySession) {
    const note = joinNotes(null, own);
    recovered.push({
      id: sessionId,
      dealId: own[0]!.dealId,
      repId: own[0]!.repId,
      mode: 'quick',
      kind: 'tactical',
      status: 'ended',
      startedAt: note.createdAt,
      endedAt: note.updatedAt,
      // Not counted in the coaching-time ledger: how long it took is unknown.
      durationSec: null,
      timeBoxMin: 5,
      contract: { what: '', reason: '', importance: '' },
      gap: null,
      plan: [],
      stage: null,
      private: true,
      note,
      updatedAt: note.updatedAt,
    });
  }
  return { sessions: [...out, ...recovered], changed, recovered };
}

function joinNotes(existing: SessionNote | null, notes: Array<Pick<Note, 'text' | 'createdAt' | 'updatedAt'>>): SessionNote {
  const sorted = [...notes].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const texts = [existing?.text, ...sorted.map((n) => n.text)].filter((t): t is string => !!t && t.trim() !== '');
  return {
    text: texts.join('\n\n'),
    createdAt: [existing?.createdAt, ...sorted.map((n) => n.createdAt)].filter((x): x is string => !!x).sort()[0]!,
    updatedAt: [existing?.updatedAt, ...sorted.map((n) => n.updatedAt)].filter((x): x is string => !!x).sort().at(-1)!,
  };
}

const later = (a: string, b: string) => (a >= b ? a : b);
