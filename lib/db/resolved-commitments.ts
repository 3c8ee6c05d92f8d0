import { TEXT_LIMITS } from '../schema/limits';
import type { CoachingSession, Commitment } from '../schema/records';

/*
 * Where a commitment is stored (database version 7). A commitment that was
 * followed up (done, missed or renegotiated) lives inside the record of the
 * session it was made in, in `resolvedCommitments`; every other one lives in
 * the commitments table. Each commitment is in exactly one of the two places.
 *
 * Why: IndexedDB's cost in Chromium is per record (about 85 µs each, even for
 * tiny records with no index), and four in five commitments are history. A
 * restore of the bench's backup writes 16,000 records instead of 35,500.
 * Open commitments, which the agenda, the follow-ups and the badge read by
 * index, stay records of their own.
 *
 * The rule: inside the session when resolved, the session exists, the
 * session's rep is the commitment's rep (a rep's record finds them through
 * the rep's sessions), and the session has room. Readers never rely on the
 * rule: they read both places (sessionCommitments, and a rep's record reads
 * the table by rep as well as the rep's sessions), so a commitment left in
 * the table is never lost, only stored the older way.
 *
 * No Dexie here: the repositories, the restore and the version 7 upgrade
 * all place commitments through these functions.
 */

/** Whether `c` belongs inside session `s` (see the rule above). `room` is how many more `s` can take. */
export function belongsInSession(c: Commitment, s: Pick<CoachingSession, 'id' | 'repId'> | undefined, room = 1): boolean {
  return c.status !== 'open' && !!s && s.id === c.sessionId && s.repId === c.repId && room > 0;
}

/** The session record as the rest of Sideline compares it (backups never hold resolvedCommitments). */
export function withoutResolved<T extends CoachingSession>(s: T): T {
  if (!('resolvedCommitments' in s)) return s;
  const { resolvedCommitments: _moved, ...rest } = s;
  return rest as T;
}

/** A session's commitments from both places, oldest first. */
export function sessionCommitments(session: CoachingSession | undefined, inTable: readonly Commitment[]): Commitment[] {
  const inside = session?.resolvedCommitments ?? [];
  return [...inTable, ...inside].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Places commitments against final session records: `sessions` get the
 * resolved commitments that belong inside them (added to what they hold, a
 * commitment with the same id replaced), the rest go to the table. Sessions
 * are copied only when their list changes. For a restore into an empty
 * database and for the version 7 upgrade.
 */
export function placeCommitments(
  sessions: readonly CoachingSession[],
  commitments: readonly Commitment[],
): { sessions: CoachingSession[]; table: Commitment[]; changed: Set<string> } {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const lists = new Map<string, Map<string, Commitment>>();
  const table: Commitment[] = [];
  for (const c of commitments) {
    const s = byId.get(c.sessionId);
    if (!s) {
      table.push(c);
      continue;
    }
    let list = lists.get(s.id);
    // A copy already inside the session is replaced or taken out, never left beside the new one.
    const held = list ? list.has(c.id) : !!s.resolvedCommitments?.some((x) => x.id === c.id);
    if (!list && (held || belongsInSession(c, s))) {
      list = new Map((s.resolvedCommitments ?? []).map((x) => [x.id, x]));
      lists.set(s.id, list);
    }
    if (list) {
      const room = TEXT_LIMITS.resolvedCommitmentsPerSession - list.size + (list.has(c.id) ? 1 : 0);
      if (belongsInSession(c, s, room)) {
        list.set(c.id, c);
        continue;
      }
      list.delete(c.id);
    }
    table.push(c);
  }
  const changed = new Set(lists.keys());
  return {
    sessions: sessions.map((s) => {
      const list = lists.get(s.id);
      return list ? { ...s, resolvedCommitments: [...list.values()] } : s;
    }),
    table,
    changed,
  };
}

/**
 * The other way, for backups and exports: sessions without their lists, and
 * every commitment they held, as records of the commitments table.
 */
export function unfoldResolved(sessions: readonly CoachingSession[]): { sessions: CoachingSession[]; commitments: Commitment[] } {
  const commitments: Commitment[] = [];
  const out = sessions.map((s) => {
    if (!('resolvedCommitments' in s)) return s;
    commitments.push(...(s.resolvedCommitments ?? []));
    return withoutResolved(s);
  });
  return { sessions: out, commitments };
}
