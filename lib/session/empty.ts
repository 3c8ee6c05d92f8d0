import type { CoachingSession, Commitment } from '../schema/records';

/**
 * A session in which nothing was recorded: no question marked asked or
 * answered, none of the manager's own questions, no contract or gap text, no
 * note and no commitment in words. Such a session can be discarded and never
 * counts as coaching.
 */
export function isSessionEmpty(
  session: Pick<CoachingSession, 'plan' | 'contract' | 'gap'>,
  noteText: string,
  commitments: ReadonlyArray<Pick<Commitment, 'text'>>,
): boolean {
  if (noteText.trim()) return false;
  if (commitments.some((c) => c.text.trim())) return false;
  if (session.plan.some((p) => p.asked || p.answer.trim() || p.role === 'own')) return false;
  const c = session.contract;
  if ([c.what, c.reason, c.importance, c.repWants ?? ''].some((x) => x.trim())) return false;
  if (session.gap && (session.gap.current.trim() || session.gap.desired.trim() || session.gap.cause)) return false;
  return true;
}
