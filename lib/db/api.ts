import { z } from 'zod';
import { getDb, type TableName } from './database';
import { describeIssues } from './valid';
import * as deals from './deals';
import * as reps from './reps';
import * as sessions from './sessions';
import * as notes from './notes';
import * as commitments from './commitments';
import * as stageMappings from './stage-mappings';
import * as banks from './question-banks';
import * as settings from './settings';
import * as customSites from './custom-sites';
import { recordDealVisit } from './deal-visit';
import { loadTodaysAgenda } from './agenda';
import { DealContext, CrmId } from '../schema/deal-context';
import {
  CoachingSessionSchema,
  CommitmentSchema,
  PlanItemSchema,
  RepSchema,
  SettingsFields,
  type Deal,
  type DealOverrides,
  type Rep,
} from '../schema/records';
import { QuestionBankSchema } from '../schema/question';
import { CANONICAL_STAGES } from '../schema/stage';
import * as lifecycle from './session-lifecycle';
import { importBankFile, saveImportedBank } from './bank-import';
import { loadSessionsForExport } from './sessions-export';
import { loadCoachingReview } from './review';
import { loadCoachingReport } from './report';
import { NOTE_CHANGE, type ChangeName } from './changes';

/**
 * The database API of every extension page: one entry per method, each with
 * the zod tuple its arguments must parse as and the tables it reads. The
 * client (components/data.ts) takes its method names and argument types from
 * this object's type; nothing else lists them. Arguments are parsed where the
 * call runs (runDbCall, in the background for the embedded panel and the
 * popup; callDbMethod on pages that open the database themselves), so a
 * caller never reaches Dexie with data the API did not expect. Each write
 * then checks the whole record it stores (lib/db/valid.ts).
 */
type ArgsSchema = z.ZodType<unknown[], unknown>;
interface DbMethod<S extends ArgsSchema, F extends (...args: z.output<S>) => Promise<unknown>> {
  /** Parses the raw argument list; what it gives is what `run` gets. */
  args: S;
  /**
   * The tables this method reads: a remote live read re-runs only when one of them changes.
   * `sessions.note` (changes.ts): it uses a session's note text or its `updatedAt`, which an
   * autosave changes without announcing the sessions table.
   */
  reads: readonly Reads[];
  /** Its parameters are the method's argument types; the compiler checks the tuple produces them. */
  run: F;
}

type Reads = TableName | ChangeName;

function method<S extends ArgsSchema, F extends (...args: z.output<S>) => Promise<unknown>>(args: S, reads: readonly Reads[], run: F): DbMethod<S, F> {
  return { args, reads, run };
}

const Id = z.string().min(1).max(100);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const IsoDateTime = z.string().min(10).max(40);
/** An optional trailing argument; `undefined` arrives as null after a message's JSON, and then means "not given". */
const optional = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? undefined);
/** Free text whose length the record's own schema checks, with a message naming the field. */
const Text = z.string().max(200_000);
const Stage = z.enum(CANONICAL_STAGES);
const Limit = optional(z.number().int().min(1).max(100));

const SessionFields = CoachingSessionSchema.shape;
const SessionPatch = z.strictObject({
  kind: SessionFields.kind,
  timeBoxMin: SessionFields.timeBoxMin,
  contract: SessionFields.contract,
  gap: SessionFields.gap,
  plan: SessionFields.plan,
  mode: SessionFields.mode,
}).partial();
const StartSession = z.strictObject({
  dealId: Id,
  repId: Id.nullable(),
  mode: SessionFields.mode,
  kind: SessionFields.kind,
  timeBoxMin: SessionFields.timeBoxMin,
  stage: Stage.nullable(),
  plan: SessionFields.plan,
  begin: z.boolean().optional(),
  repWants: Text.optional(),
});
const ContractPatch = z.strictObject({ what: Text, reason: Text, importance: Text, repWants: Text }).partial();
const GapPatch = z.strictObject({ current: Text, desired: Text, cause: SessionFields.gap.unwrap().shape.cause }).partial();
const PlanItemPatch = z.strictObject({ asked: z.boolean(), answer: Text }).partial();
const SessionRef = z.object({ id: Id, dealId: Id, repId: Id.nullable() });
const C = CommitmentSchema.shape;
const NewCommitment = z.strictObject({
  sessionId: Id,
  dealId: Id,
  repId: Id.nullable(),
  text: Text,
  dueDate: IsoDate,
  followUp: Text,
  suggestedBy: C.suggestedBy,
});
const CommitmentPatch = z.strictObject({ text: Text, dueDate: IsoDate, followUp: Text, suggestedBy: C.suggestedBy, outcomeNote: Text }).partial();
// tier null: the manager did not choose one (lib/db/reps.ts).
const RepInput = z.strictObject({ name: z.string(), tier: RepSchema.shape.tier.nullable(), trust: RepSchema.shape.trust });
const OverrideField = z.enum(['name', 'stage', 'amount', 'currency', 'closeDate', 'owner']);
const SettingsPatch = z.strictObject(SettingsFields).partial();
/** Shape only: saveCustomSite checks the site itself and answers with readable errors. */
const CustomSiteInput = z.object({
  id: Id.optional(),
  name: z.string().max(1000),
  urlPattern: z.string().max(5000),
  fields: z.record(z.string(), z.object({ selector: z.string().max(5000).optional(), label: z.string().max(5000).optional() }).optional()),
});

/** What deleteSession handed back; Undo puts it back as it was (each record checked as restore checks it). */
const DeletedSession = z.object({
  session: CoachingSessionSchema,
  commitments: z.array(CommitmentSchema).max(10_000),
});

const none = z.tuple([]);
const DEALS: TableName[] = ['deals'];
const SESSIONS: TableName[] = ['sessions'];
const COMMITMENTS: TableName[] = ['commitments'];
const NOTHING: TableName[] = [];

export const dbApi = {
  // Deals
  recordDealVisit: method(z.tuple([DealContext]), ['deals', 'sessions'], (context) => recordDealVisit(context)),
  upsertDealFromContext: method(z.tuple([DealContext]), DEALS, (context) => deals.upsertDealFromContext(context)),
  setDealOverride: method(
    z.tuple([Id, OverrideField, z.union([z.string().max(1000), z.number()]).nullable()]),
    NOTHING,
    (dealId: string, field: keyof DealOverrides, value: DealOverrides[keyof DealOverrides] | null) =>
      deals.setDealOverride(dealId, field, value as never),
  ),
  setDealRep: method(z.tuple([Id, Id.nullable()]), NOTHING, deals.setDealRep),
  getDeal: method(z.tuple([Id]), DEALS, async (id): Promise<Deal | null> => (await getDb().deals.get(id)) ?? null),
  getDeals: method(z.tuple([z.array(Id).max(10_000)]), DEALS, async (ids): Promise<Deal[]> =>
    (await getDb().deals.bulkGet(ids)).filter((d): d is Deal => !!d),
  ),

  // Reps
  getRep: method(z.tuple([Id]), ['reps'], async (id): Promise<Rep | null> => (await reps.getRep(id)) ?? null),
  listReps: method(none, ['reps'], reps.listReps),
  createRep: method(z.tuple([RepInput]), NOTHING, reps.createRep),
  updateRep: method(z.tuple([Id, RepInput.partial()]), NOTHING, reps.updateRep),
  linkOwnerToRep: method(z.tuple([CrmId, z.string().min(1).max(1000), Id]), NOTHING, reps.linkOwnerToRep),

  // Stage mappings, question banks, settings, custom sites
  listStageMappings: method(none, ['stageMappings'], stageMappings.listStageMappings),
  setStageMapping: method(z.tuple([CrmId, z.string().max(1000), Stage]), NOTHING, stageMappings.setStageMapping),
  deleteStageMapping: method(z.tuple([Id]), NOTHING, stageMappings.deleteStageMapping),
  listBanks: method(none, ['questionBanks', 'questionStates'], banks.listBanks),
  saveBank: method(z.tuple([QuestionBankSchema]), NOTHING, banks.saveBank),
  deleteBank: method(z.tuple([Id]), NOTHING, banks.deleteBank),
  /** A bank file's bytes (strict UTF-8 is checked while reading) or text; a clash comes back as a question, never a silent replace. */
  importBankFile: method(
    z.tuple([z.union([z.instanceof(Uint8Array), z.string().max(4_000_000)])]),
    NOTHING,
    (file: Uint8Array | string) => importBankFile(file),
  ),
  saveImportedBank: method(z.tuple([QuestionBankSchema, z.enum(['replace', 'copy'])]), NOTHING, saveImportedBank),
  setBankEnabled: method(z.tuple([Id, z.boolean()]), NOTHING, banks.setBankEnabled),
  setQuestionDisabled: method(z.tuple([Id, Id, z.boolean()]), NOTHING, banks.setQuestionDisabled),
  getSettings: method(none, ['settings'], settings.getSettings),
  saveSettings: method(z.tuple([SettingsPatch]), NOTHING, settings.saveSettings),
  listCustomSites: method(none, ['customSites'], customSites.listCustomSites),
  saveCustomSite: method(z.tuple([CustomSiteInput]), NOTHING, customSites.saveCustomSite),
  deleteCustomSite: method(z.tuple([Id]), NOTHING, customSites.deleteCustomSite),

  // Sessions
  startSession: method(z.tuple([StartSession]), NOTHING, (input) => sessions.startSession(input)),
  getActiveSessionForDeal: method(z.tuple([Id]), SESSIONS, async (dealId) => (await sessions.getActiveSessionForDeal(dealId)) ?? null),
  endSession: method(z.tuple([Id]), NOTHING, (id) => sessions.endSession(id)),
  updateSession: method(z.tuple([Id, SessionPatch]), NOTHING, sessions.updateSession),
  patchPlanItem: method(z.tuple([Id, Id, PlanItemPatch]), NOTHING, sessions.patchPlanItem),
  appendFollowUp: method(z.tuple([Id, Id, Text]), NOTHING, sessions.appendFollowUp),
  replacePlanItem: method(z.tuple([Id, Id, PlanItemSchema]), NOTHING, sessions.replacePlanItem),
  addPlanItem: method(z.tuple([Id, PlanItemSchema]), NOTHING, sessions.addPlanItem),
  removePlanItem: method(z.tuple([Id, Id]), NOTHING, sessions.removePlanItem),
  patchContract: method(z.tuple([Id, ContractPatch]), NOTHING, sessions.patchContract),
  patchGap: method(z.tuple([Id, GapPatch]), NOTHING, sessions.patchGap),
  sessionsForDeal: method(z.tuple([Id, Limit]), SESSIONS, sessions.sessionsForDeal),
  loadSessionsForExport: method(none, ['sessions', NOTE_CHANGE, 'deals', 'reps', 'commitments'], () => loadSessionsForExport()),
  sessionsForRep: method(z.tuple([Id, Limit]), SESSIONS, sessions.sessionsForRep),

  // The session's running note (one per session)
  getSessionNote: method(z.tuple([Id]), [NOTE_CHANGE], async (sessionId) => (await notes.getSessionNote(sessionId)) ?? null),
  saveSessionNote: method(z.tuple([SessionRef, Text]), NOTHING, (session, text) => notes.saveSessionNote(session, text)),

  // Commitments
  addCommitment: method(z.tuple([NewCommitment]), NOTHING, (input) => commitments.addCommitment(input)),
  updateCommitment: method(z.tuple([Id, CommitmentPatch]), NOTHING, commitments.updateCommitment),
  deleteCommitment: method(z.tuple([Id]), NOTHING, commitments.deleteCommitment),
  resolveCommitment: method(
    z.tuple([Id, z.enum(['done', 'missed', 'renegotiated']), Text, optional(IsoDate)]),
    NOTHING,
    (id: string, status: 'done' | 'missed' | 'renegotiated', outcomeNote: string, newDueDate?: string) =>
      commitments.resolveCommitment(id, status, outcomeNote, newDueDate),
  ),
  // Followed-up commitments live inside their session (version 7): these read both tables.
  commitmentsForSession: method(z.tuple([Id]), ['commitments', 'sessions'], commitments.commitmentsForSession),
  openCommitmentsForRep: method(z.tuple([Id, optional(Id)]), COMMITMENTS, commitments.openCommitmentsForRep),
  openCommitmentsForDeal: method(z.tuple([Id]), COMMITMENTS, commitments.openCommitmentsForDeal),

  // The popup's agenda: today's follow-ups, unfinished sessions, who to coach, this week's ledger
  // Unfinished sessions are ordered by updatedAt, which a note's autosave moves.
  loadTodaysAgenda: method(z.tuple([IsoDate, IsoDateTime]), ['settings', 'commitments', 'sessions', NOTE_CHANGE, 'reps', 'deals'], loadTodaysAgenda),

  // A session's life: prepared, begun, discarded while empty, deleted (with undo); the rep's follow-through
  beginSession: method(z.tuple([Id]), NOTHING, (id) => lifecycle.beginSession(id)),
  discardSession: method(z.tuple([Id]), NOTHING, lifecycle.discardSession),
  deleteSession: method(z.tuple([Id]), NOTHING, lifecycle.deleteSession),
  restoreDeletedSession: method(z.tuple([DeletedSession]), NOTHING, lifecycle.restoreDeletedSession),
  followUpsForSession: method(z.tuple([Id, Id]), ['commitments', 'sessions'], lifecycle.followUpsForSession),
  repRecord: method(z.tuple([Id, Limit]), ['commitments', 'sessions'], (repId: string, limit?: number) => lifecycle.repRecord(repId, limit)),

  // The manager's own coaching (issue 15): "Your coaching", snoozed follow-ups, the report for their leader
  loadCoachingReview: method(z.tuple([IsoDate]), ['sessions', 'reps', 'settings'], loadCoachingReview),
  snoozeCommitment: method(z.tuple([Id, IsoDate]), NOTHING, commitments.snoozeCommitment),
  loadCoachingReport: method(
    z.tuple([IsoDate, z.number().int().min(1).max(104), z.enum(['markdown', 'csv']), z.boolean()]),
    ['sessions', NOTE_CHANGE, 'reps', 'settings', 'deals'],
    loadCoachingReport,
  ),
} as const;

type Methods = typeof dbApi;
export type DbFn = keyof Methods;
/** What a page calls: each method with the argument and result types of its entry. */
export type DbApi = { [K in DbFn]: Methods[K]['run'] };
export type DbReply = { ok: true; value: unknown; reads: readonly Reads[] } | { ok: false; error: string };

export function isDbFn(name: unknown): name is DbFn {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(dbApi, name);
}

/**
 * Parses a call's arguments against its entry and runs it. Throws a readable
 * error for an unknown method or arguments that do not parse. Synchronous up
 * to the repository call, so a live query on this page sees its reads.
 */
export function callDbMethod(fn: string, args: unknown): Promise<unknown> {
  if (!isDbFn(fn)) return Promise.reject(new Error(`Unknown database call ${fn}`));
  const entry = dbApi[fn] as unknown as { args: ArgsSchema; run: (...args: unknown[]) => Promise<unknown> };
  const parsed = entry.args.safeParse(Array.isArray(args) ? trimUndefined(args) : args);
  if (!parsed.success) return Promise.reject(new Error(`${fn} was refused: ${describeArgs(parsed.error.issues)}`));
  return entry.run(...parsed.data);
}

/** Runs one call by name; errors come back as data, never as a thrown exception across contexts. */
export async function runDbCall(fn: string, args: unknown[]): Promise<DbReply> {
  try {
    const value = await callDbMethod(fn, args);
    return { ok: true, value: value ?? null, reads: dbApi[fn as DbFn].reads };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** A trailing `undefined` is an argument not given (a local call passes it; a message would have dropped it to null). */
function trimUndefined(args: unknown[]): unknown[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n === args.length ? args : args.slice(0, n);
}

function describeArgs(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return describeIssues(
    issues.map((i) => {
      const [index, ...rest] = i.path;
      return typeof index === 'number' ? { ...i, path: [`argument ${index + 1}`, ...rest] } : i;
    }),
  );
}
