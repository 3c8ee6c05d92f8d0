import { z } from 'zod';
import { CANONICAL_STAGES } from './stage';
import { CRM_IDS, DEAL_FIELDS } from './deal-context';
import { COMMITMENT_STATUSES, GAP_CAUSES, REP_TIERS, SESSION_KINDS, TRUST_LEVELS } from '../model/enums';
import { SETTINGS_RANGES, type Settings } from './settings';

export { COMMITMENT_STATUSES, GAP_CAUSES, REP_TIERS, SESSION_KINDS, TRUST_LEVELS };

/**
 * Stored records. Every table keys on a string UUID (never auto-increment) so
 * the data can later sync through Dexie Cloud. Types are derived from the
 * schemas so import files, messages and records share one definition.
 */
const Id = z.string().min(1).max(100);
const IsoDateTime = z.string().min(10).max(40);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Stage = z.enum(CANONICAL_STAGES);
const Crm = z.enum(CRM_IDS);

export const RepTier = z.enum(REP_TIERS);
export const TrustLevel = z.enum(TRUST_LEVELS);
export type RepTier = z.infer<typeof RepTier>;
export type TrustLevel = z.infer<typeof TrustLevel>;

export const RepSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  tier: RepTier,
  trust: TrustLevel,
  lastCoachedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Rep = z.infer<typeof RepSchema>;

/** "This CRM owner name is this rep", remembered per CRM and owner name. */
export const RepLinkSchema = z.object({
  id: Id,
  crm: Crm,
  /** Normalised owner name (lower case, single spaces). */
  ownerKey: z.string().min(1).max(200),
  repId: Id,
});
export type RepLink = z.infer<typeof RepLinkSchema>;

/** A field the manager corrected in the panel; it wins over what the page shows. */
export const DealOverridesSchema = z
  .object({
    name: z.string().max(500),
    stage: z.string().max(500),
    amount: z.number().finite(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    closeDate: IsoDate,
    owner: z.string().max(500),
  })
  .partial();
export type DealOverrides = z.infer<typeof DealOverridesSchema>;

export const DealSchema = z.object({
  id: Id,
  /** crm:host:crmDealId, unique (see dealKey). */
  key: z.string().min(1).max(600),
  crm: Crm,
  host: z.string().max(253),
  crmDealId: z.string().max(200),
  url: z.string().max(2000),
  name: z.string().max(500).nullable(),
  stageLabel: z.string().max(500).nullable(),
  amount: z.number().finite().nullable(),
  currency: z.string().nullable(),
  closeDate: IsoDate.nullable(),
  ownerName: z.string().max(500).nullable(),
  repId: Id.nullable(),
  overrides: DealOverridesSchema,
  /** When the stage label was first seen as it is now: "stage unchanged for N days". */
  stageSince: IsoDateTime.nullable(),
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
});
export type Deal = z.infer<typeof DealSchema>;

export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const PlanItemSchema = z.object({
  questionId: Id,
  text: z.string().min(1).max(500),
  role: z.enum(['opener', 'stage', 'signal', 'closer', 'own']),
  reason: z.string().max(300),
  followUps: z.array(z.string().max(200)).default([]),
  asked: z.boolean().default(false),
  /** The rep's answer, in the rep's words. */
  answer: z.string().max(20_000).default(''),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const CoachingSessionSchema = z.object({
  id: Id,
  dealId: Id,
  repId: Id.nullable(),
  mode: z.enum(['quick', 'full']),
  kind: SessionKind,
  status: z.enum(['active', 'ended']),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
  /** Seconds spent, counted into the coaching-time ledger when the session ends. */
  durationSec: z.number().int().min(0).nullable(),
  timeBoxMin: z.number().int().min(1).max(240),
  contract: z.object({
    what: z.string().max(2000),
    reason: z.string().max(2000),
    importance: z.string().max(2000),
  }),
  gap: z
    .object({
      current: z.string().max(2000),
      desired: z.string().max(2000),
      cause: z.enum(GAP_CAUSES).nullable(),
    })
    .nullable(),
  plan: z.array(PlanItemSchema),
  /** The canonical stage the plan was made for. */
  stage: Stage.nullable(),
  /** Private by default: nothing is shared unless the manager copies the summary. */
  private: z.boolean().default(true),
  updatedAt: IsoDateTime,
});
export type CoachingSession = z.infer<typeof CoachingSessionSchema>;

export const NoteSchema = z.object({
  id: Id,
  sessionId: Id,
  dealId: Id,
  repId: Id.nullable(),
  text: z.string().max(100_000),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Note = z.infer<typeof NoteSchema>;

export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const CommitmentSchema = z.object({
  id: Id,
  sessionId: Id,
  dealId: Id,
  repId: Id.nullable(),
  /** In the rep's words. Empty while the manager is still typing it (drafts are saved too). */
  text: z.string().max(2000),
  dueDate: IsoDate,
  /** How the rep wants to be followed up if it is not honoured. */
  followUp: z.string().max(2000),
  /** The rep owns commitments; one the manager proposed is labelled as such. */
  suggestedBy: z.enum(['rep', 'manager']),
  status: CommitmentStatus,
  outcomeNote: z.string().max(2000),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  resolvedAt: IsoDateTime.nullable(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const StageMappingSchema = z.object({
  id: Id,
  crm: Crm,
  /** Normalised CRM stage label. */
  label: z.string().min(1).max(500),
  stage: Stage,
});
export type StageMapping = z.infer<typeof StageMappingSchema>;

export const CustomSiteFieldSchema = z.object({
  selector: z.string().max(500).optional(),
  label: z.string().max(200).optional(),
});
export const CustomSiteSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  /** e.g. https://crm.acme.internal/deals/* */
  urlPattern: z
    .string()
    .max(500)
    .regex(/^https?:\/\/[^/*]+(:\d+)?\/.*$/, 'must look like https://host/path/*'),
  fields: z.object(
    Object.fromEntries(DEAL_FIELDS.map((f) => [f, CustomSiteFieldSchema.optional()])) as Record<
      (typeof DEAL_FIELDS)[number],
      z.ZodOptional<typeof CustomSiteFieldSchema>
    >,
  ),
  createdAt: IsoDateTime,
});
export type CustomSiteRecord = z.infer<typeof CustomSiteSchema>;

/** Settings: plain per-field checks in settings.ts; zod schemas of the same ranges for forms. */
export { SETTINGS_DEFAULTS, SETTINGS_RANGES, parseSettings, type Settings } from './settings';
export const SettingsFields = Object.fromEntries(
  (Object.keys(SETTINGS_RANGES) as Array<keyof Settings>).map((k) => [k, z.number().int().min(SETTINGS_RANGES[k][0]).max(SETTINGS_RANGES[k][1])]),
) as { [K in keyof Settings]: z.ZodNumber };
