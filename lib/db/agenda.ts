import { getDb } from './database';
import { addDays, weekStartIso } from '../dates';
import { openCommitmentsDueBy } from './followups';
import { coachingLedger, type CoachingLedger } from './ledger';
import { getSettings } from './settings';
import { SETTINGS_RANGES } from '../schema/settings';
import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';
import { repAgendaRows, type RepAgendaRow } from './agenda-rows';
import { chosenTier } from '../model/rep-tier';

/*
 * The popup's data (the API's loadTodaysAgenda). The popup asks the
 * background for it, so the popup's own bundle holds neither Dexie nor zod.
 */

export interface AgendaCommitment {
  commitment: Commitment;
  rep: Rep | undefined;
  deal: Deal | undefined;
  overdue: boolean;
}

export interface Agenda {
  /** Sessions prepared ahead ("Plan full session") and not begun yet: first on the agenda. */
  prepared: Array<{ session: CoachingSession; rep: Rep | undefined; deal: Deal | undefined }>;
  /** Open commitments due today or earlier (overdue first), or within the reminder window. */
  followUps: AgendaCommitment[];
  /** Sessions started and not ended: pick them up where they stopped. */
  unfinished: Array<{ session: CoachingSession; rep: Rep | undefined; deal: Deal | undefined }>;
  /** Reps to coach next: reps with no tier set (flagged), then middle performers (they gain the most), then longest since coached, newest rep first; coached today last. */
  toCoach: Rep[];
  /** The same reps, each with the deal to coach on, its stage, the open commitment or last gap, and a suggested focus. */
  repRows?: RepAgendaRow[];
}

export interface TodaysAgenda {
  agenda: Agenda;
  /** Coaching time since the start of the week (per rep as a plain object: it travels in messages). */
  ledger: Omit<CoachingLedger, 'byRep'> & { byRep: Record<string, number> };
}

const FOLLOW_UP_LIMIT = 50;

/** Monday 00:00 local time of the week holding `today`: where the ledger starts. */
export { weekStartIso };

const TIER_ORDER = { middle: 0, bottom: 1, top: 2 } as const;
/** A rep with no tier set comes first, flagged: one click in the popup places them. */
const tierRank = (r: Rep) => {
  const t = chosenTier(r);
  return t ? TIER_ORDER[t] : -1;
};

/**
 * What the popup shows: settings, agenda and this week's ledger, read in one
 * transaction. The follow-ups do not wait for the settings: they are read up
 * to the widest reminder window the settings allow, then cut to the chosen
 * one. The index returns open commitments in due-date order, so the first 50
 * inside the chosen window are the same as a read of that window alone.
 * Every read goes through an index, so it stays fast at tens of thousands of
 * notes and commitments.
 */
export async function loadTodaysAgenda(todayIso: string, weekStartIso: string): Promise<TodaysAgenda> {
  const db = getDb();
  return db.transaction('r', [db.settings, db.commitments, db.sessions, db.reps, db.deals], async () => {
    const widest = openCommitmentsDueBy(addDays(todayIso, SETTINGS_RANGES.reminderDays[1]), FOLLOW_UP_LIMIT);
    const due = Promise.all([widest, getSettings()]).then(([list, settings]) => {
      const last = addDays(todayIso, settings.reminderDays);
      return list.filter((c) => c.dueDate <= last);
    });
    const [agenda, ledger] = await Promise.all([readAgenda(todayIso, due), coachingLedger(weekStartIso)]);
    return { agenda, ledger: { ...ledger, byRep: Object.fromEntries(ledger.byRep) } };
  });
}

async function readAgenda(todayIso: string, dueRead: Promise<Commitment[]>): Promise<Agenda> {
  const db = getDb();
  const [dueAll, open, reps] = await Promise.all([
    dueRead,
    db.sessions.where('status').anyOf('active', 'planned').limit(40).toArray(),
    db.reps.toArray(),
  ]);
  const active = open.filter((s) => s.status === 'active');
  const planned = open.filter((s) => s.status === 'planned');
  // A commitment is followed up from the session after the one it was made in:
  // not while that session is still going, and not before the rep put it in words.
  const inProgress = new Set(open.map((s) => s.id));
  const due = dueAll.filter((c) => !inProgress.has(c.sessionId) && c.text.trim() !== '');
  const repById = new Map(reps.map((r) => [r.id, r]));
  const dealIds = [...new Set([...due.map((c) => c.dealId), ...open.map((s) => s.dealId)])];
  const deals = await db.deals.bulkGet(dealIds);
  const dealById = new Map(deals.filter((d): d is Deal => !!d).map((d) => [d.id, d]));

  const followUps = due
    .map((c) => ({
      commitment: c,
      rep: c.repId ? repById.get(c.repId) : undefined,
      deal: dealById.get(c.dealId),
      overdue: c.dueDate < todayIso,
    }))
    .sort((a, b) => a.commitment.dueDate.localeCompare(b.commitment.dueDate));

  const unfinished = active
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((s) => ({ session: s, rep: s.repId ? repById.get(s.repId) : undefined, deal: dealById.get(s.dealId) }));

  const prepared = planned
    .sort((a, b) => (a.preparedAt ?? a.startedAt).localeCompare(b.preparedAt ?? b.startedAt))
    .map((s) => ({ session: s, rep: s.repId ? repById.get(s.repId) : undefined, deal: dealById.get(s.dealId) }));

  // Reps coached today drop to the bottom: the agenda is about who is next.
  const coachedToday = (r: Rep) => !!r.lastCoachedAt && r.lastCoachedAt >= localDayStartIso(todayIso);
  const toCoach = [...reps]
    .sort(
      (a, b) =>
        Number(coachedToday(a)) - Number(coachedToday(b)) ||
        tierRank(a) - tierRank(b) ||
        (a.lastCoachedAt ?? '').localeCompare(b.lastCoachedAt ?? '') ||
        b.createdAt.localeCompare(a.createdAt),
    )
    .slice(0, 8);
  const repRows = await repAgendaRows(toCoach, todayIso, coachedToday);

  return { prepared, followUps, unfinished, toCoach, repRows };
}

/** Local midnight of a calendar day, as an ISO instant (lastCoachedAt is an instant). */
function localDayStartIso(dayIso: string): string {
  return new Date(`${dayIso}T00:00:00`).toISOString();
}
