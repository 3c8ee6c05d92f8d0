import Dexie from 'dexie';
import { getDb } from './database';
import { effectiveDeal } from './effective-deal';
import { lastGapText, suggestedFocus } from '../review/focus';
import type { Commitment, Deal, Rep } from '../schema/records';

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

/**
 * Three indexed reads per rep, a handful of reps: the open commitment through
 * [repId+status+dueDate], the last session through [repId+startedAt] (newest
 * first), the latest deal through [repId+lastSeenAt] (version 4).
 */
export async function repAgendaRows(reps: readonly Rep[], todayIso: string, coachedToday: (r: Rep) => boolean): Promise<RepAgendaRow[]> {
  const db = getDb();
  return Promise.all(
    reps.map(async (rep) => {
      const [openCommitment, lastSession, latestDeal] = await Promise.all([
        db.commitments
          .where('[repId+status+dueDate]')
          .between([rep.id, 'open', Dexie.minKey], [rep.id, 'open', Dexie.maxKey])
          .filter((c) => c.text.trim() !== '')
          .first(),
        db.sessions
          .where('[repId+startedAt]')
          .between([rep.id, Dexie.minKey], [rep.id, Dexie.maxKey])
          .reverse()
          .filter((s) => s.status === 'ended')
          .first(),
        db.deals
          .where('[repId+lastSeenAt]')
          .between([rep.id, Dexie.minKey], [rep.id, Dexie.maxKey])
          .reverse()
          .first(),
      ]);
      const dealId = openCommitment?.dealId ?? latestDeal?.id ?? lastSession?.dealId;
      const deal = dealId === latestDeal?.id ? latestDeal : dealId ? await db.deals.get(dealId) : undefined;
      return {
        rep,
        deal,
        stage: deal ? effectiveDeal(deal).stageLabel : null,
        openCommitment,
        lastGap: lastGapText(lastSession),
        focus: suggestedFocus({ openCommitment, today: todayIso, lastSession }),
        coachedToday: coachedToday(rep),
      };
    }),
  );
}
