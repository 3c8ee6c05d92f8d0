import type { CanonicalStage } from '../schema/stage';
import type { CoachingSession, Commitment } from '../schema/records';

/*
 * What to coach a rep on next, in one line: the open commitment first (follow-up
 * is where coaching dies), then the gap found last time, then the process of
 * the deal's stage. Process, not numbers: who, what and how.
 */

const STAGE_FOCUS: Record<CanonicalStage, string> = {
  prospecting: 'Who they are reaching out to, and why them',
  qualification: 'How they know this deal is worth their time',
  discovery: 'Who is in the buying group, and what problem they are solving',
  solution: 'How the solution maps to what the buyer said matters',
  proposal: 'Who will read the proposal, and what they need to say yes',
  negotiation: 'What the buyer must give, and what they can trade',
  closing: 'What could still stop this deal, and who can unblock it',
  won: 'What they learned from this win that they will use again',
  lost: 'What they would do differently, in their own words',
};

const GAP_FOCUS = {
  skill: 'practise one behaviour together',
  will: 'start with the person: what matters to them here',
  knowledge: 'ask what they know, then what they need to learn',
  system: 'ask what gets in the way, and who can remove it',
} as const;

export interface FocusInput {
  openCommitment: Commitment | undefined;
  today: string;
  lastSession: Pick<CoachingSession, 'gap' | 'stage'> | undefined;
}

export function suggestedFocus({ openCommitment, today, lastSession }: FocusInput): string {
  if (openCommitment && openCommitment.dueDate <= today) return 'Follow up on their commitment first, then ask what they learned';
  const gap = lastSession?.gap;
  if (gap?.cause) return `Last gap (${gap.cause}): ${GAP_FOCUS[gap.cause]}`;
  if (lastSession?.stage) return STAGE_FOCUS[lastSession.stage];
  return 'Start with the person: how they see this deal and what they want from you';
}

/** The last gap in a few words: "current → desired", or "" when none was written. */
export function lastGapText(session: Pick<CoachingSession, 'gap'> | undefined): string {
  const g = session?.gap;
  if (!g) return '';
  const current = g.current.trim();
  const desired = g.desired.trim();
  if (!current && !desired) return '';
  return desired ? `${current || '…'} → ${desired}` : current;
}
