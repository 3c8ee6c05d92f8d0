import { getDb } from './database';
import { addDays, weekStartIso } from '../dates';
import { openCommitmentsDueBy } from './followups';
import { coachingLedger, type CoachingLedger } from './ledger';
import { getSettings } from './settings';
import type { Settings } from '../schema/settings';
import { SETTINGS_RANGES } from '../schema/settings';
import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';
import { dealsToRead, openCommitmentsByRep, repAgendaRowsWith, repRowReads, type RepAgendaRow } from './agenda-rows';
import { chosenTier } from '../model/rep-tier';

/*
 * The popup's data (the API's loadTodaysAgenda). The popup asks the
 * background for it, so the popup's own bundle holds neither Dexie nor zod.
 */

/** A follow-up as the popup lists it: who, what, and when (the row names no deal, so none is read for it). */
export interface AgendaCommitment {
  commitment: Commitment;
  rep: Rep | undefined;
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
/** Sessions begun or prepared and not ended: a handful in practice. */
const OPEN_LIMIT = 40;

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
  return db.transaction('r', AGENDA_TABLES, () =>
    readTodaysAgenda(todayIso, { reps: db.reps.toArray(), settings: getSettings(), ledger: coachingLedger(weekStartIso) }),
  );
}

/** The tables the agenda reads (its transaction's scope). */
export const AGENDA_TABLES = ['settings', 'commitments', 'sessions', 'reps', 'deals'] as const;

/** Reads the agenda starts before its own (and that a caller reading more in the same transaction may share). */
export interface AgendaShared {
  reps: Promise<Rep[]>;
  settings: Promise<Settings>;
  ledger: Promise<CoachingLedger>;
}

/**
 * The agenda, inside a transaction over AGENDA_TABLES. Three rounds of reads,
 * each started as soon as what it needs is there: (1) the follow-ups, the
 * open sessions, the reps, the settings and the ledger; (2) per rep to coach,
 * its open commitment, last session and latest deal (as soon as the reps are
 * in); (3) the deals the open sessions and the rows name, in bulkGets.
 */
export async function readTodaysAgenda(todayIso: string, shared: AgendaShared): Promise<TodaysAgenda> {
  const db = getDb();
  const widest = openCommitmentsDueBy(addDays(todayIso, SETTINGS_RANGES.reminderDays[1]), FOLLOW_UP_LIMIT);
  const dueRead = Promise.all([widest, shared.settings]).then(([list, settings]) => {
    const last = addDays(todayIso, settings.reminderDays);
    return list.filter((c) => c.dueDate <= last);
  });
  // Two plain index reads (one round trip each) rather than anyOf's cursor; active sorts before planned, as anyOf gave them.
  const openRead = Promise.all([
    db.sessions.where('openStatus').equals('active').limit(OPEN_LIMIT).toArray(),
    db.sessions.where('openStatus').equals('planned').limit(OPEN_LIMIT).toArray(),
  ]).then(([a, p]) => [...a, ...p].slice(0, OPEN_LIMIT));
  const dayStart = localDayStartIso(todayIso);
  // Reps coached today drop to the bottom: the agenda is about who is next.
  const coachedToday = (r: Rep) => !!r.lastCoachedAt && r.lastCoachedAt >= dayStart;
  // The follow-ups already hold most reps' open commitment (openCommitmentsByRep): their rows skip that read.
  const rowsRead = Promise.all([shared.reps, widest]).then(([reps, list]) => repRowReads(toCoachOf(reps, coachedToday), openCommitmentsByRep(list)));
  // A commitment is followed up from the session after the one it was made in:
  // not while that session is still going, and not before the rep put it in words.
  const dueReady = Promise.all([dueRead, openRead]).then(([dueAll, open]) => {
    const inProgress = new Set(open.map((s) => s.id));
    return dueAll.filter((c) => !inProgress.has(c.sessionId) && c.text.trim() !== '');
  });
  // The open sessions' deals are read as soon as those are known, while the
  // reps' rows are still being read; the rows then read only the deals not
  // already there. Follow-ups need none: their row names the rep, not the deal.
  const firstDeals = openRead.then((open) => readDeals(open.map((s) => s.dealId)));
  const rowDeals = Promise.all([rowsRead, firstDeals]).then(([reads, have]) => readDeals(dealsToRead(reads).filter((id) => !have.has(id))));
  const [due, open, reps, rowReads, ledger, dealsA, dealsB] = await Promise.all([dueReady, openRead, shared.reps, rowsRead, shared.ledger, firstDeals, rowDeals]);

  const active = open.filter((s) => s.status === 'active');
  const planned = open.filter((s) => s.status === 'planned');
  const repById = new Map(reps.map((r) => [r.id, r]));
  const dealById = new Map([...dealsA, ...dealsB]);

  const followUps = due
    .map((c) => ({
      commitment: c,
      rep: c.repId ? repById.get(c.repId) : undefined,
      overdue: c.dueDate < todayIso,
    }))
    .sort((a, b) => a.commitment.dueDate.localeCompare(b.commitment.dueDate));

  const unfinished = active
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((s) => ({ session: s, rep: s.repId ? repById.get(s.repId) : undefined, deal: dealById.get(s.dealId) }));

  const prepared = planned
    .sort((a, b) => (a.preparedAt ?? a.startedAt).localeCompare(b.preparedAt ?? b.startedAt))
    .map((s) => ({ session: s, rep: s.repId ? repById.get(s.repId) : undefined, deal: dealById.get(s.dealId) }));

  const toCoach = rowReads.map((r) => r.rep);
  const repRows = repAgendaRowsWith(rowReads, dealById, todayIso, coachedToday);
  return {
    agenda: { prepared, followUps, unfinished, toCoach, repRows },
    ledger: { ...ledger, byRep: Object.fromEntries(ledger.byRep) },
  };
}

/** Deals by id, each read once, in one bulkGet (a deal that is gone is left out). */
async function readDeals(ids: readonly string[]): Promise<Map<string, Deal>> {
  const unique = [...new Set(ids)];
  const deals = unique.length ? await getDb().deals.bulkGet(unique) : [];
  return new Map(deals.filter((d): d is Deal => !!d).map((d) => [d.id, d]));
}

/** Reps to coach next: not coached today first, middle performers first, then longest since coached; eight of them. */
function toCoachOf(reps: readonly Rep[], coachedToday: (r: Rep) => boolean): Rep[] {
  return [...reps]
    .sort(
      (a, b) =>
        Number(coachedToday(a)) - Number(coachedToday(b)) ||
        tierRank(a) - tierRank(b) ||
        (a.lastCoachedAt ?? '').localeCompare(b.lastCoachedAt ?? '') ||
        b.createdAt.localeCompare(a.createdAt),
    )
    .slice(0, 8);
}

/** Local midnight of a calendar day, as an ISO instant (lastCoachedAt is an instant). */
function localDayStartIso(dayIso: string): string {
  return new Date(`${dayIso}T00:00:00`).toISOString();
}
