import { getDb } from './database';
import * as deals from './deals';
import * as reps from './reps';
import * as sessions from './sessions';
import * as notes from './notes';
import * as commitments from './commitments';
import * as stageMappings from './stage-mappings';
import * as banks from './question-banks';
import * as settings from './settings';
import { openDeal } from './open-deal';
import * as lifecycle from './session-lifecycle';
import type { Deal, Rep } from '../schema/records';

/**
 * The repository functions the coaching panel may call. The panel runs inside
 * the CRM page, where browsers treat its storage as third-party and may block
 * it; so, embedded, it calls these in the background (first-party) by name,
 * with plain data. Popup and options call them directly.
 */
export const dbApi = {
  openDeal,
  upsertDealFromContext: deals.upsertDealFromContext,
  setDealOverride: deals.setDealOverride,
  setDealRep: deals.setDealRep,
  getDeal: async (id: string): Promise<Deal | null> => (await getDb().deals.get(id)) ?? null,
  getDeals: async (ids: string[]): Promise<Deal[]> => (await getDb().deals.bulkGet(ids)).filter((d): d is Deal => !!d),
  getRep: async (id: string): Promise<Rep | null> => (await getDb().reps.get(id)) ?? null,
  listReps: reps.listReps,
  createRep: reps.createRep,
  updateRep: reps.updateRep,
  linkOwnerToRep: reps.linkOwnerToRep,
  listStageMappings: stageMappings.listStageMappings,
  setStageMapping: stageMappings.setStageMapping,
  listBanks: banks.listBanks,
  getSettings: settings.getSettings,
  startSession: sessions.startSession,
  getActiveSessionForDeal: async (dealId: string) => (await sessions.getActiveSessionForDeal(dealId)) ?? null,
  endSession: sessions.endSession,
  updateSession: sessions.updateSession,
  patchPlanItem: sessions.patchPlanItem,
  appendFollowUp: sessions.appendFollowUp,
  replacePlanItem: sessions.replacePlanItem,
  addPlanItem: sessions.addPlanItem,
  removePlanItem: sessions.removePlanItem,
  patchContract: sessions.patchContract,
  patchGap: sessions.patchGap,
  sessionsForDeal: sessions.sessionsForDeal,
  sessionsForRep: sessions.sessionsForRep,
  getSessionNote: async (sessionId: string) => (await notes.getSessionNote(sessionId)) ?? null,
  saveSessionNote: notes.saveSessionNote,
  addCommitment: commitments.addCommitment,
  updateCommitment: commitments.updateCommitment,
  deleteCommitment: commitments.deleteCommitment,
  resolveCommitment: commitments.resolveCommitment,
  commitmentsForSession: commitments.commitmentsForSession,
  openCommitmentsForRep: commitments.openCommitmentsForRep,
  openCommitmentsForDeal: commitments.openCommitmentsForDeal,
  beginSession: lifecycle.beginSession,
  discardSession: lifecycle.discardSession,
  deleteSession: lifecycle.deleteSession,
  restoreDeletedSession: lifecycle.restoreDeletedSession,
  followUpsForSession: lifecycle.followUpsForSession,
  repRecord: lifecycle.repRecord,
} as const;

export type DbApi = typeof dbApi;
export type DbFn = keyof DbApi;

export function isDbFn(name: unknown): name is DbFn {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(dbApi, name);
}

/** Runs one call by name; errors come back as data, never as a thrown exception across contexts. */
export async function runDbCall(fn: string, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  if (!isDbFn(fn)) return { ok: false, error: `Unknown call ${fn}` };
  try {
    const f = dbApi[fn] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: (await f(...args)) ?? null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
