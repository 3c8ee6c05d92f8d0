import { askTellRatio, lintCoachingText } from '../coaching';
import type { CoachingSession, Commitment, SessionMeasures } from '../schema/records';

/*
 * The manager's own coaching in one session, computed when it ends from what
 * the session holds (its plan, the manager's notes, its commitments). Pure, so
 * the session's end, the version-4 backfill and the tests share it.
 */

/** Commitments the rep put into words; an empty draft was never made. */
function made(commitments: readonly Commitment[]): Commitment[] {
  return commitments.filter((c) => c.text.trim() !== '');
}

/** How the commitments made in a session stand now: rep-owned vs suggested, kept, missed… */
export function commitmentMeasures(commitments: readonly Commitment[]): Pick<SessionMeasures, 'repOwned' | 'managerSuggested' | 'kept' | 'missed' | 'renegotiated' | 'open'> {
  const list = made(commitments);
  const count = (f: (c: Commitment) => boolean) => list.filter(f).length;
  return {
    repOwned: count((c) => c.suggestedBy === 'rep' && c.status !== 'renegotiated'),
    managerSuggested: count((c) => c.suggestedBy === 'manager' && c.status !== 'renegotiated'),
    kept: count((c) => c.status === 'done'),
    missed: count((c) => c.status === 'missed'),
    renegotiated: count((c) => c.status === 'renegotiated'),
    open: count((c) => c.status === 'open'),
  };
}

export function sessionMeasures(
  session: Pick<CoachingSession, 'plan'>,
  noteTexts: readonly string[],
  commitments: readonly Commitment[],
): SessionMeasures {
  const { asks, tells } = askTellRatio(noteTexts);
  const findings: Record<string, number> = {};
  for (const text of noteTexts) {
    for (const f of lintCoachingText(text)) findings[f.kind] = (findings[f.kind] ?? 0) + 1;
  }
  return {
    questionsAsked: session.plan.filter((p) => p.asked).length,
    asks,
    tells,
    findings,
    ...commitmentMeasures(commitments),
  };
}
