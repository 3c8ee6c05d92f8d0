import type { CanonicalStage } from '../schema/stage';
import type { CoachingSession, Commitment } from '../schema/records';
import type { MessageKey } from '../i18n';

/*
 * What to coach a rep on next, in one line: the open commitment first (follow-up
 * is where coaching dies), then the gap found last time, then the process of
 * the deal's stage. Process, not numbers: who, what and how.
 */

const STAGE_FOCUS = {
  prospecting: 'popup.focus.stage.prospecting',
  qualification: 'popup.focus.stage.qualification',
  discovery: 'popup.focus.stage.discovery',
  solution: 'popup.focus.stage.solution',
  proposal: 'popup.focus.stage.proposal',
  negotiation: 'popup.focus.stage.negotiation',
  closing: 'popup.focus.stage.closing',
  won: 'popup.focus.stage.won',
  lost: 'popup.focus.stage.lost',
} as const satisfies Record<CanonicalStage, MessageKey>;

const GAP_FOCUS = {
  skill: 'popup.focus.gap.skill',
  will: 'popup.focus.gap.will',
  knowledge: 'popup.focus.gap.knowledge',
  system: 'popup.focus.gap.system',
} as const satisfies Record<NonNullable<NonNullable<CoachingSession['gap']>['cause']>, MessageKey>;

export interface FocusInput {
  openCommitment: Commitment | undefined;
  today: string;
  lastSession: Pick<CoachingSession, 'gap' | 'stage'> | undefined;
}

/**
 * The focus as a catalog key, not words: the agenda is read in the
 * background and shown in the popup, which says it in the manager's language
 * (`t(focus)` while rendering).
 */
export function suggestedFocus({ openCommitment, today, lastSession }: FocusInput): MessageKey {
  if (openCommitment && openCommitment.dueDate <= today) return 'popup.focus.followUpFirst';
  const gap = lastSession?.gap;
  if (gap?.cause) return GAP_FOCUS[gap.cause];
  if (lastSession?.stage) return STAGE_FOCUS[lastSession.stage];
  return 'popup.focus.startWithPerson';
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
