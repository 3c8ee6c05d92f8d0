/** Value lists of the stored records, defined once; lib/schema builds its zod enums from these. */
export const REP_TIERS = ['top', 'middle', 'bottom'] as const;
export type RepTier = (typeof REP_TIERS)[number];
export const TRUST_LEVELS = ['bronze', 'silver', 'gold'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];
export const GAP_CAUSES = ['skill', 'will', 'knowledge', 'system'] as const;
export const SESSION_KINDS = ['strategic', 'tactical'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const COMMITMENT_STATUSES = ['open', 'done', 'missed', 'renegotiated'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const QUESTION_CATEGORIES = [
  'opener', // care and support: start with the person
  'process', // the who, what and how of the stage
  'strategic', // the future and the plan
  'tactical', // one specific behaviour or skill
  'gap', // where the rep is vs. wants to be
  'accountability', // the rep chooses how to be followed up
  'debrief', // won and lost deals: learning, not blame
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
