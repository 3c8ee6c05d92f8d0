import type { CanonicalStage } from '../model/stage';
import type { Commitment } from '../schema/records';
import type { GAP_CAUSES, RepTier, TrustLevel } from '../model/enums';
import { t, type MessageKey } from '../i18n';
import { STAGE_KEY } from '../coaching/stage-name';

/**
 * Names of the session's fixed choices in the manager's language. Constants
 * hold keys; t() runs when a label is asked for, because the language is set
 * after modules load and can change while a page is open.
 */


/** A coaching stage's name, e.g. "Discovery" / "Découverte". */
export const stageLabel = (stage: CanonicalStage): string => t(STAGE_KEY[stage]);

const OUTCOME_KEY = {
  open: 'session.outcome.open',
  done: 'session.outcome.done',
  missed: 'session.outcome.missed',
  renegotiated: 'session.outcome.renegotiated',
} as const satisfies Record<Commitment['status'], MessageKey>;

/** What came of a commitment: "Kept", "Missed"… */
export const outcomeLabel = (status: Commitment['status']): string => t(OUTCOME_KEY[status]);

const GAP_CAUSE_KEY = {
  skill: 'session.gap.cause.skill',
  will: 'session.gap.cause.will',
  knowledge: 'session.gap.cause.knowledge',
  system: 'session.gap.cause.system',
} as const satisfies Record<(typeof GAP_CAUSES)[number], MessageKey>;

export const gapCauseLabel = (cause: (typeof GAP_CAUSES)[number]): string => t(GAP_CAUSE_KEY[cause]);

const TIER_KEY = {
  top: 'session.tier.top',
  middle: 'session.tier.middle',
  bottom: 'session.tier.bottom',
} as const satisfies Record<RepTier, MessageKey>;

export const tierLabel = (tier: RepTier): string => t(TIER_KEY[tier]);

const TRUST_KEY = {
  bronze: 'session.trust.bronze',
  silver: 'session.trust.silver',
  gold: 'session.trust.gold',
} as const satisfies Record<TrustLevel, MessageKey>;

const TRUST_CHIP_KEY = {
  bronze: 'session.trustChip.bronze',
  silver: 'session.trustChip.silver',
  gold: 'session.trustChip.gold',
} as const satisfies Record<TrustLevel, MessageKey>;

/** "Silver" in a choice of level; "Silver trust" on the rep's chip. */
export const trustLabel = (trust: TrustLevel): string => t(TRUST_KEY[trust]);
export const trustChipLabel = (trust: TrustLevel): string => t(TRUST_CHIP_KEY[trust]);
