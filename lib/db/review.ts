import { getDb } from './database';
import { getSettings } from './settings';
import { reviewSince, summarizeCoaching, type CoachingReview } from '../review/summary';

/**
 * "Your coaching" (popup and options): the last 12 weeks of ended sessions
 * through the endedAt index, each carrying the measures it kept when it ended.
 * No note is read: the ask:tell counts were taken at the session's end.
 */
export async function loadCoachingReview(todayIso: string): Promise<CoachingReview> {
  const db = getDb();
  return db.transaction('r', [db.sessions, db.reps, db.settings], async () => {
    const [sessions, reps, settings] = await Promise.all([
      db.sessions.where('endedAt').aboveOrEqual(reviewSince(todayIso)).toArray(),
      db.reps.toArray(),
      getSettings(),
    ]);
    return summarizeCoaching(sessions, reps, todayIso, settings.weeklyGoalMin);
  });
}
