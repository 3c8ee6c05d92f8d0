import { z } from 'zod';
import { CANONICAL_STAGES } from './stage';
import { CRM_IDS, DEAL_FIELDS } from './deal-context';
import { COMMITMENT_STATUSES, GAP_CAUSES, REP_TIERS, SESSION_KINDS, TRUST_LEVELS } from '../model/enums';
import { SETTINGS_RANGES, type Settings } from './settings';
import { TEXT_LIMITS as L } from './limits';

export { COMMITMENT_STATUSES, GAP_CAUSES, REP_TIERS, SESSION_KINDS, TRUST_LEVELS };

/**
 * Stored records. Every table keys on a string UUID (never auto-increment) so
 * the data can later sync through Dexie Cloud. Types are derived from the
 * schemas so import files, messages and records share one definition.
 */
const Id = z.string().min(1).max(L.id);
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
  name: z.string().trim().min(1).max(L.repName),
  tier: RepTier,
  /** When the manager chose the tier; null: not chosen yet (the tier is a placeholder), flagged for review (lib/model/rep-tier.ts). */
  tierSetAt: IsoDateTime.nullable(),
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
  ownerKey: z.string().min(1).max(L.ownerKey),
  repId: Id,
});
export type RepLink = z.infer<typeof RepLinkSchema>;

/** A field the manager corrected in the panel; it wins over what the page shows. */
export const DealOverridesSchema = z
  .object({
    name: z.string().max(L.dealText),
    stage: z.string().max(L.dealText),
    amount: z.number().finite(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    closeDate: IsoDate,
    owner: z.string().max(L.dealText),
  })
  .partial();
export type DealOverrides = z.infer<typeof DealOverridesSchema>;

export const DealSchema = z.object({
  id: Id,
  /** crm:host:crmDealId, unique (see dealKey). */
  key: z.string().min(1).max(L.dealKey),
  crm: Crm,
  host: z.string().max(L.host),
  crmDealId: z.string().max(L.crmDealId),
  url: z.string().max(L.url),
  name: z.string().max(L.dealText).nullable(),
  stageLabel: z.string().max(L.dealText).nullable(),
  amount: z.number().finite().nullable(),
  currency: z.string().nullable(),
  closeDate: IsoDate.nullable(),
  ownerName: z.string().max(L.dealText).nullable(),
  repId: Id.nullable(),
  overrides: DealOverridesSchema,
  /** When the stage label was first seen as it is now: "stage unchanged for N days". */
  stageSince: IsoDateTime.nullable(),
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
});
export type Deal = z.infer<typeof DealSchema>;

export const SessionKind = z.enum(SESSION_KINDS);
export const SESSION_STATUSES = ['planned', 'active', 'ended'] as const;
export type SessionKind = z.infer<typeof SessionKind>;

export const PlanItemSchema = z.object({
  questionId: Id,
  text: z.string().min(1).max(L.planItemText),
  role: z.enum(['opener', 'stage', 'signal', 'closer', 'own']),
  reason: z.string().max(L.planItemReason),
  followUps: z.array(z.string().max(L.planItemFollowUp)).default([]),
  asked: z.boolean().default(false),
  /** The rep's answer, in the rep's words. */
  answer: z.string().max(L.answer).default(''),
  /** Follow-up prompts the manager used ("Tell me more."), kept out of the rep's answer. */
  promptsUsed: z.array(z.string().max(L.planItemFollowUp)).max(50).optional(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/**
 * Room for several notes of the old format (up to version 2 a session could
 * hold more than one note record) joined into one without losing a word.
 */
export const SESSION_NOTE_MAX = 1_000_000;
export const SessionNoteSchema = z.object({
  text: z.string().max(SESSION_NOTE_MAX),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type SessionNote = z.infer<typeof SessionNoteSchema>;

/**
 * What an ended session says about the manager's own coaching, computed once
 * when it ends (lib/review/measures.ts) and kept on the session, so "Your
 * coaching" reads a few weeks of sessions and never all the notes. The
 * commitment outcomes are brought up to date when a follow-up is resolved.
 */
export const SessionMeasuresSchema = z.object({
  /** Plan questions marked asked. */
  questionsAsked: z.number().int().min(0),
  /** Sentences of the manager's notes the coach counted as asking vs. telling. */
  asks: z.number().int().min(0),
  tells: z.number().int().min(0),
  /** The coach's findings in the notes, by kind (directive, takeover…). */
  findings: z.record(z.string().max(40), z.number().int().min(0)),
  repOwned: z.number().int().min(0),
  managerSuggested: z.number().int().min(0),
  kept: z.number().int().min(0),
  missed: z.number().int().min(0),
  renegotiated: z.number().int().min(0),
  open: z.number().int().min(0),
});
export type SessionMeasures = z.infer<typeof SessionMeasuresSchema>;

export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const CommitmentSchema = z.object({
  id: Id,
  sessionId: Id,
  dealId: Id,
  repId: Id.nullable(),
  /** In the rep's words. Empty while the manager is still typing it (drafts are saved too). */
  text: z.string().max(L.commitmentText),
  dueDate: IsoDate,
  /** How the rep wants to be followed up if it is not honoured. */
  followUp: z.string().max(L.commitmentFollowUp),
  /** The rep owns commitments; one the manager proposed is labelled as such. */
  suggestedBy: z.enum(['rep', 'manager']),
  status: CommitmentStatus,
  outcomeNote: z.string().max(L.outcomeNote),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  resolvedAt: IsoDateTime.nullable(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CoachingSessionSchema = z.object({
  id: Id,
  dealId: Id,
  repId: Id.nullable(),
  mode: z.enum(['quick', 'full']),
  kind: SessionKind,
  /** planned: prepared, the clock not started yet (startedAt is when it was prepared until Begin). */
  status: z.enum(SESSION_STATUSES),
  startedAt: IsoDateTime,
  /** When the plan was prepared; null for sessions started at once. */
  preparedAt: IsoDateTime.nullable().optional(),
  endedAt: IsoDateTime.nullable(),
  /** Seconds spent, counted into the coaching-time ledger when the session ends. */
  durationSec: z.number().int().min(0).nullable(),
  timeBoxMin: z.number().int().min(1).max(240),
  contract: z.object({
    what: z.string().max(L.contractField),
    reason: z.string().max(L.contractField),
    importance: z.string().max(L.contractField),
    /** What the rep wants from today, in the rep's words. */
    repWants: z.string().max(L.contractField).optional(),
  }),
  gap: z
    .object({
      current: z.string().max(L.contractField),
      desired: z.string().max(L.contractField),
      cause: z.enum(GAP_CAUSES).nullable(),
    })
    .nullable(),
  plan: z.array(PlanItemSchema),
  /** The canonical stage the plan was made for. */
  stage: Stage.nullable(),
  /** Private by default: nothing is shared unless the manager copies the summary. */
  private: z.boolean().default(true),
  /**
   * The session's running note, kept inside the session record (Dexie
   * version 3): one record instead of two makes restores ~2× faster.
   */
  note: SessionNoteSchema.nullable().optional(),

/**
  /** The manager's own coaching in this session, kept when it ends (issue 15). */
  measures: SessionMeasuresSchema.optional(),
  /**
   * The session's commitments that were followed up (done, missed or
   * renegotiated), kept inside the session record from database version 7:
   * a restore then writes about 16,000 records instead of 35,500 at the
   * bench's data (IndexedDB's cost is per record). Open ones stay in the
   * commitments table, which the agenda and follow-ups read by index.
   * Storage only: backups list every commitment in their own table, and
   * lib/db/resolved-commitments.ts is the one place that moves them.
   */
  resolvedCommitments: z.array(CommitmentSchema).max(L.resolvedCommitmentsPerSession).optional(),
  updatedAt: IsoDateTime,
});
export type CoachingSession = z.infer<typeof CoachingSessionSchema>;

/** A note record of the old format (version 1 and 2 databases and backups): restores still read it. */
export const NoteSchema = z.object({
  id: Id,
  sessionId: Id,
  dealId: Id,
  repId: Id.nullable(),
  text: z.string().max(L.note),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Note = z.infer<typeof NoteSchema>;


export const StageMappingSchema = z.object({
  id: Id,
  crm: Crm,
  /** Normalised CRM stage label. */
  label: z.string().min(1).max(L.stageLabel),
  stage: Stage,
});
export type StageMapping = z.infer<typeof StageMappingSchema>;

export const CustomSiteFieldSchema = z.object({
  selector: z.string().max(L.selector).optional(),
  label: z.string().max(L.fieldLabel).optional(),
});
export const CustomSiteSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(L.customSiteName),
  /** e.g. https://crm.acme.internal/deals/* */
  urlPattern: z
    .string()
    .max(L.urlPattern)
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

/** The manager's switch for one built-in question (the built-in bank itself lives in code). */
export const QuestionStateSchema = z.object({ id: Id, disabled: z.boolean() });
/** The stored settings document; its fields are checked one by one on read (parseSettings). */
export const SettingsRecordSchema = z.looseObject({ id: z.literal('settings') });
