import { getDb, newId, nowIso } from './database';
import { checked } from './valid';
import { measureSession } from './measures';
import {
  CoachingSessionSchema,
  RepSchema,
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
  /** False prepares the session without starting its clock ("Plan full session"); Begin starts it. */
  begin?: boolean;
  /** What the rep wants from today, when the manager already knows it. */
  repWants?: string;
}

export async function startSession(input: StartSessionInput, now = nowIso()): Promise<CoachingSession> {
  const { begin = true, repWants = '', ...rest } = input;
  const session = checked(CoachingSessionSchema, {
    id: newId(),
    ...rest,
    status: begin ? 'active' : 'planned',
    startedAt: now,
    preparedAt: begin ? null : now,
    endedAt: null,
    durationSec: null,
    contract: { what: '', reason: '', importance: '', repWants },
    gap: null,
    private: true,
    updatedAt: now,
  }, 'The session');
  await getDb().sessions.add(session);
  return session;
}

/** The unfinished session on this deal (begun or only prepared), to resume where it stopped. */
export async function getActiveSessionForDeal(dealId: string): Promise<CoachingSession | undefined> {
  const sessions = await getDb()
    .sessions.where('[dealId+startedAt]')
    .between([dealId, ''], [dealId, '\uffff'])
    .reverse()
    .toArray();
  return sessions.find((s) => s.status !== 'ended');
}

export type SessionPatch = Partial<Pick<CoachingSession, 'kind' | 'timeBoxMin' | 'contract' | 'gap' | 'plan' | 'mode'>>;

export async function updateSession(id: string, patch: SessionPatch): Promise<void> {
  await mutateSession(id, () => patch);
}

/** Ends a session: its duration goes to the coaching-time ledger and the rep is marked coached. */
export async function endSession(id: string, now = nowIso()): Promise<CoachingSession> {
  const db = getDb();
  return db.transaction('rw', [db.sessions, db.reps, db.commitments], async () => {
    const s = await db.sessions.get(id);
    if (!s) throw new Error('Session not found');
    if (s.status === 'ended') return s;
    if (s.status === 'planned') throw new Error('This session has not begun yet');
    const durationSec = Math.max(0, Math.round((Date.parse(now) - Date.parse(s.startedAt)) / 1000));
    // The manager's own coaching in this session, kept now so "Your coaching" never re-reads the notes.
    const measures = await measureSession(s);
    const ended = checked(CoachingSessionSchema, { ...s, status: 'ended', endedAt: now, durationSec, measures, updatedAt: now }, 'The session');
    await db.sessions.put(ended);
    const rep = s.repId ? await db.reps.get(s.repId) : undefined;
    if (rep) await db.reps.put(checked(RepSchema, { ...rep, lastCoachedAt: now }, 'The rep'));
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
export function mutatePlan(id: string, fn: (plan: PlanItem[]) => PlanItem[]): Promise<void> {
  return mutateSession(id, (s) => ({ plan: fn(s.plan) }));
}

/**
 * Same for the contract and gap card: patch from what is stored. The merged
 * session is checked whole before it is stored.
 */
export async function mutateSession(
  id: string,
  fn: (s: CoachingSession) => SessionPatch,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(id);
    if (!s) return;
    await db.sessions.put(checked(CoachingSessionSchema, { ...s, ...fn(s), updatedAt: nowIso() }, 'The session'));
  });
}

/* Data-only edits (no callbacks), so they can also be called across contexts. */

export function patchPlanItem(id: string, questionId: string, patch: Partial<Pick<PlanItem, 'asked' | 'answer'>>): Promise<void> {
  return mutatePlan(id, (plan) => plan.map((p) => (p.questionId === questionId ? { ...p, ...patch } : p)));
}

/**
 * Records that the manager used a follow-up prompt ("Tell me more."), marking
 * the question asked. The prompt is the manager's, so it never goes into the
 * rep's answer (nor, from there, into the summary).
 */
export function appendFollowUp(id: string, questionId: string, prompt: string): Promise<void> {
  return mutatePlan(id, (plan) =>
    plan.map((p) =>
      p.questionId === questionId
        ? { ...p, asked: true, promptsUsed: [...(p.promptsUsed ?? []).filter((x) => x !== prompt), prompt].slice(-50) }
        : p,
    ),
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
