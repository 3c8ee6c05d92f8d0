import { getDb, newId, nowIso } from './database';
import {
  CoachingSessionSchema,
  type CoachingSession,
  type PlanItem,
  type SessionKind,
} from '../schema/records';
import type { CanonicalStage } from '../schema/stage';

export interface StartSessionInput {
  dealId: string;
  repId: string | null;
  mode: 'quick' | 'full';
  kind: SessionKind;
  timeBoxMin: number;
  stage: CanonicalStage | null;
  plan: PlanItem[];
}

export async function startSession(input: StartSessionInput, now = nowIso()): Promise<CoachingSession> {
  const session = CoachingSessionSchema.parse({
    id: newId(),
    ...input,
    status: 'active',
    startedAt: now,
    endedAt: null,
    durationSec: null,
    contract: { what: '', reason: '', importance: '' },
    gap: null,
    private: true,
    updatedAt: now,
  });
  await getDb().sessions.add(session);
  return session;
}

/** The unfinished session on this deal, to resume where it stopped. */
export async function getActiveSessionForDeal(dealId: string): Promise<CoachingSession | undefined> {
  const sessions = await getDb()
    .sessions.where('[dealId+startedAt]')
    .between([dealId, ''], [dealId, '\uffff'])
    .reverse()
    .toArray();
  return sessions.find((s) => s.status === 'active');
}

export type SessionPatch = Partial<Pick<CoachingSession, 'kind' | 'timeBoxMin' | 'contract' | 'gap' | 'plan' | 'mode'>>;

export async function updateSession(id: string, patch: SessionPatch): Promise<void> {
  await getDb().sessions.update(id, { ...patch, updatedAt: nowIso() });
}

/** Ends a session: its duration goes to the coaching-time ledger and the rep is marked coached. */
export async function endSession(id: string, now = nowIso()): Promise<CoachingSession> {
  const db = getDb();
  return db.transaction('rw', db.sessions, db.reps, async () => {
    const s = await db.sessions.get(id);
    if (!s) throw new Error('Session not found');
    if (s.status === 'ended') return s;
    const durationSec = Math.max(0, Math.round((Date.parse(now) - Date.parse(s.startedAt)) / 1000));
    const ended: CoachingSession = { ...s, status: 'ended', endedAt: now, durationSec, updatedAt: now };
    await db.sessions.put(ended);
    if (s.repId) await db.reps.update(s.repId, { lastCoachedAt: now });
    return ended;
  });
}

export async function sessionsForDeal(dealId: string, limit = 20): Promise<CoachingSession[]> {
  return getDb()
    .sessions.where('[dealId+startedAt]')
    .between([dealId, ''], [dealId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function sessionsForRep(repId: string, limit = 20): Promise<CoachingSession[]> {
  return getDb()
    .sessions.where('[repId+startedAt]')
    .between([repId, ''], [repId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}

export { coachingLedger } from './ledger';

/**
 * Changes a session's question plan from what is stored, inside one
 * transaction: two quick edits (an answer saved on blur, then a checkbox)
 * never overwrite each other.
 */
export async function mutatePlan(id: string, fn: (plan: PlanItem[]) => PlanItem[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(id);
    if (!s) return;
    await db.sessions.update(id, { plan: fn(s.plan), updatedAt: nowIso() });
  });
}

/** Same for the contract and gap card: patch from what is stored. */
export async function mutateSession(
  id: string,
  fn: (s: CoachingSession) => SessionPatch,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(id);
    if (!s) return;
    await db.sessions.update(id, { ...fn(s), updatedAt: nowIso() });
  });
}

/* Data-only edits (no callbacks), so they can also be called across contexts. */

export function patchPlanItem(id: string, questionId: string, patch: Partial<Pick<PlanItem, 'asked' | 'answer'>>): Promise<void> {
  return mutatePlan(id, (plan) => plan.map((p) => (p.questionId === questionId ? { ...p, ...patch } : p)));
}

/** Adds a follow-up prompt to the rep's answer ("[Tell me more.] "), marking the question asked. */
export function appendFollowUp(id: string, questionId: string, prompt: string): Promise<void> {
  return mutatePlan(id, (plan) =>
    plan.map((p) => (p.questionId === questionId ? { ...p, asked: true, answer: `${p.answer}${p.answer ? '\n' : ''}[${prompt}] ` } : p)),
  );
}

export function replacePlanItem(id: string, questionId: string, item: PlanItem): Promise<void> {
  return mutatePlan(id, (plan) => plan.map((p) => (p.questionId === questionId ? item : p)));
}

export function addPlanItem(id: string, item: PlanItem): Promise<void> {
  return mutatePlan(id, (plan) => [...plan, item]);
}

export function removePlanItem(id: string, questionId: string): Promise<void> {
  return mutatePlan(id, (plan) => plan.filter((p) => p.questionId !== questionId));
}

export function patchContract(id: string, patch: Partial<CoachingSession['contract']>): Promise<void> {
  return mutateSession(id, (s) => ({ contract: { ...s.contract, ...patch } }));
}

export function patchGap(id: string, patch: Partial<NonNullable<CoachingSession['gap']>>): Promise<void> {
  return mutateSession(id, (s) => ({ gap: { current: '', desired: '', cause: null, ...s.gap, ...patch } }));
}
