import type { CanonicalStage } from '../schema/stage';
import type { CoachingSession, Commitment } from '../schema/records';
import { t, type MessageKey } from '../i18n';
import { gapCauseLabel } from '../session/labels';

/*
 * What to coach a rep on next, in one line: the open commitment first (follow-up
 * is where coaching dies), then the gap found last time, then the process of
 * the deal's stage. Process, not numbers: who, what and how.
 */

const STAGE_FOCUS = {
  prospecting: 'review.focus.stage.prospecting',
  qualification: 'review.focus.stage.qualification',
  discovery: 'review.focus.stage.discovery',
  solution: 'review.focus.stage.solution',
  proposal: 'review.focus.stage.proposal',
  negotiation: 'review.focus.stage.negotiation',
  closing: 'review.focus.stage.closing',
  won: 'review.focus.stage.won',
  lost: 'review.focus.stage.lost',
} as const satisfies Record<CanonicalStage, MessageKey>;

const GAP_FOCUS = {
  skill: 'review.focus.gap.skill',
  will: 'review.focus.gap.will',
  knowledge: 'review.focus.gap.knowledge',
  system: 'review.focus.gap.system',
} as const satisfies Record<string, MessageKey>;


export interface FocusInput {
  openCommitment: Commitment | undefined;
  today: string;
  lastSession: Pick<CoachingSession, 'gap' | 'stage'> | undefined;
}

export function suggestedFocus({ openCommitment, today, lastSession }: FocusInput): string {
  if (openCommitment && openCommitment.dueDate <= today) return t('review.focus.followUpFirst');
  const gap = lastSession?.gap;
  if (gap?.cause) return t('review.focus.lastGap', { cause: gapCauseLabel(gap.cause), focus: t(GAP_FOCUS[gap.cause]) });
  if (lastSession?.stage) return t(STAGE_FOCUS[lastSession.stage]);
  return t('review.focus.person');
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
