import { getDb } from './database';
import { AGENDA_TABLES, readTodaysAgenda, type TodaysAgenda } from './agenda';
import { ledgerOf } from './ledger';
import { getSettings } from './settings';
import { reviewSince, summarizeCoaching, type CoachingReview } from '../review/summary';

/** What the popup's first paint shows: today's agenda and "Your coaching". */
export interface PopupData {
  today: TodaysAgenda;
  review: CoachingReview;
}

/**
 * The popup's first paint in one call and one transaction (the API's
 * loadPopup): the same agenda as loadTodaysAgenda and the same review as
 * loadCoachingReview, with the reads they share made once. The reps and the
 * settings are read once; the ended sessions are read once through the
 * endedAt index from the earlier of the review's start and the week's start,
 * and each side keeps its own range of them (the same rows its own read
 * would give: string order is the index's key order).
 */
export async function loadPopup(todayIso: string, weekStartIso: string): Promise<PopupData> {
  const db = getDb();
  return db.transaction('r', AGENDA_TABLES, async () => {
    const reviewFrom = reviewSince(todayIso);
    const from = reviewFrom < weekStartIso ? reviewFrom : weekStartIso;
    const ended = db.sessions.where('endedAt').aboveOrEqual(from).toArray();
    const reps = db.reps.toArray();
    const settings = getSettings();
    const ledger = ended.then((list) => ledgerOf(list.filter((s) => s.endedAt! >= weekStartIso)));
    const review = Promise.all([ended, reps, settings]).then(([list, r, s]) =>
      summarizeCoaching(
        list.filter((x) => x.endedAt! >= reviewFrom),
        r,
        todayIso,
        s.weeklyGoalMin,
      ),
    );
    const [today, rev] = await Promise.all([readTodaysAgenda(todayIso, { reps, settings, ledger }), review]);
    return { today, review: rev };
  });
}
