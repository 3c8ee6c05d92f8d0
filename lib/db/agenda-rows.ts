import Dexie from 'dexie';
import { getDb } from './database';
import { effectiveDeal } from './effective-deal';
import { lastGapText, suggestedFocus } from '../review/focus';
import type { CoachingSession, Commitment, Deal, Rep } from '../schema/records';

/** One rep on the popup's agenda: who, and about what. */
export interface RepAgendaRow {
  rep: Rep;
  /** The deal to coach on: the open commitment's, else the rep's deal seen last in the CRM, else the last session's. */
  deal: Deal | undefined;
  stage: string | null;
  /** The oldest-due open commitment the rep put into words, if any. */
  openCommitment: Commitment | undefined;
  /** The gap written in the last ended session ("current → desired"), or "". */
  lastGap: string;
  focus: string;
  coachedToday: boolean;
}

/** A rep's row before its deal is read: which deal it needs. */
export interface RepRowReads {
  rep: Rep;
  openCommitment: Commitment | undefined;
  lastSession: CoachingSession | undefined;
  latestDeal: Deal | undefined;
  /** The deal to coach on (see RepAgendaRow.deal), still to be read unless it is latestDeal. */
  dealId: string | undefined;
}

/** How many rows the first read takes: almost always the first fits (a session record holds its note, so no more than needed). */
const PEEK = 1;

/**
 * The first row of an index range that `fits`: the first row in one plain
 * read, and only if it does not fit, a filtered cursor over the range
 * (from its start: Dexie counts an offset after the filter).
 */
/** The part of a Dexie collection firstFitting uses. */
interface Range<T> {
  limit(n: number): { toArray(): Promise<T[]> };
  filter(fits: (row: T) => boolean): { first(): Promise<T | undefined> };
}

async function firstFitting<T>(range: () => Range<T>, fits: (row: T) => boolean): Promise<T | undefined> {
  const head = await range().limit(PEEK).toArray();
  const hit = head.find(fits);
  if (hit || head.length < PEEK) return hit;
  return range().filter(fits).first();
}

/**
 * Three indexed reads per rep, a handful of reps, all at once: the open
 * commitment through [repId+status+dueDate], the last ended session through
 * [repId+startedAt] (newest first), the latest deal through
 * [repId+lastSeenAt] (version 4). The deal each row needs, when it is not the
 * latest one, is read afterwards with the agenda's other deals
 * (repAgendaRowsWith), so the agenda reads deals once.
 */
export async function repRowReads(reps: readonly Rep[], knownOpen: ReadonlyMap<string, Commitment> = new Map()): Promise<RepRowReads[]> {
  const db = getDb();
  return Promise.all(
    reps.map(async (rep) => {
      // A rep whose open commitment is already known needs neither it nor the
      // latest deal (the row's deal is the commitment's): only the last session.
      const known = knownOpen.get(rep.id);
      const [openCommitment, lastSession, latestDeal] = await Promise.all([
        known ??
          firstFitting<Commitment>(
            () => db.commitments.where('[repId+status+dueDate]').between([rep.id, 'open', Dexie.minKey], [rep.id, 'open', Dexie.maxKey]),
            (c) => c.text.trim() !== '',
          ),
        firstFitting<CoachingSession>(
          () => db.sessions.where('[repId+startedAt]').between([rep.id, Dexie.minKey], [rep.id, Dexie.maxKey]).reverse(),
          (s) => s.status === 'ended',
        ),
        known ? undefined : db.deals.where('[repId+lastSeenAt]').between([rep.id, Dexie.minKey], [rep.id, Dexie.maxKey]).reverse().first(),
      ]);
      const dealId = openCommitment?.dealId ?? latestDeal?.id ?? lastSession?.dealId;
      return { rep, openCommitment, lastSession, latestDeal, dealId };
    }),
  );
}

/**
 * Each rep's open commitment (the oldest due that the rep put into words) as
 * far as `openByDue` shows it: a list of open commitments read from the
 * [status+dueDate] index from its start (the agenda's follow-ups, before any
 * other filter). Such a list is a prefix of the index, so a rep's first
 * fitting commitment in it is the first their own [repId+status+dueDate]
 * range would give (both order by due date, then id); a rep with none in it
 * is left out and read on their own.
 */
export function openCommitmentsByRep(openByDue: readonly Commitment[]): Map<string, Commitment> {
  const out = new Map<string, Commitment>();
  for (const c of openByDue) if (c.repId && !out.has(c.repId) && c.text.trim() !== '') out.set(c.repId, c);
  return out;
}

/** The rows, given the deals read by id (a deal a row needs and `dealById` lacks is not there). */
export function repAgendaRowsWith(reads: readonly RepRowReads[], dealById: ReadonlyMap<string, Deal>, todayIso: string, coachedToday: (r: Rep) => boolean): RepAgendaRow[] {
  return reads.map(({ rep, openCommitment, lastSession, latestDeal, dealId }) => {
    const deal = dealId === latestDeal?.id ? latestDeal : dealId ? dealById.get(dealId) : undefined;
    return {
      rep,
      deal,
      stage: deal ? effectiveDeal(deal).stageLabel : null,
      openCommitment,
      lastGap: lastGapText(lastSession),
      focus: suggestedFocus({ openCommitment, today: todayIso, lastSession }),
      coachedToday: coachedToday(rep),
    };
  });
}

/** The deal ids rows still need read (their deal is not the latest one they already hold). */
export function dealsToRead(reads: readonly RepRowReads[]): string[] {
  return reads.flatMap((r) => (r.dealId && r.dealId !== r.latestDeal?.id ? [r.dealId] : []));
}

/** The rows on their own: the rep reads, then the deals they still need in one bulkGet. */
export async function repAgendaRows(reps: readonly Rep[], todayIso: string, coachedToday: (r: Rep) => boolean): Promise<RepAgendaRow[]> {
  const reads = await repRowReads(reps);
  const ids = [...new Set(dealsToRead(reads))];
  const deals = await getDb().deals.bulkGet(ids);
  return repAgendaRowsWith(reads, new Map(deals.filter((d): d is Deal => !!d).map((d) => [d.id, d])), todayIso, coachedToday);
}
