import { getDb } from './database';
import { getSettings } from './settings';
import { weekStarts } from '../review/summary';
import { coachingReportCsv, coachingReportMarkdown, type ReportInput } from '../review/report';
import type { Deal } from '../schema/records';

/**
 * The coaching report of the last `weeks` weeks: ended sessions through the
 * endedAt index; their notes (inside each session) only when included.
 */
export async function loadCoachingReport(todayIso: string, weeks: number, format: 'markdown' | 'csv', includeNotes: boolean): Promise<string> {
  const db = getDb();
  const input = await db.transaction('r', [db.sessions, db.reps, db.settings, db.deals], async (): Promise<ReportInput> => {
    const since = weekStarts(todayIso, weeks)[0]!;
    const [sessions, reps, settings] = await Promise.all([db.sessions.where('endedAt').aboveOrEqual(since).toArray(), db.reps.toArray(), getSettings()]);
    const base: ReportInput = { today: todayIso, weeks, goalMin: settings.weeklyGoalMin, sessions, reps };
    if (!includeNotes) return base;
    // Each session holds its own note (database version 3).
    const deals = await db.deals.bulkGet([...new Set(sessions.map((s) => s.dealId))]);
    const noteBySession = new Map<string, string>();
    for (const s of sessions) if (s.note?.text) noteBySession.set(s.id, s.note.text);
    return { ...base, notes: noteBySession, deals: new Map(deals.filter((d): d is Deal => !!d).map((d) => [d.id, d])) };
  });
  return format === 'csv' ? coachingReportCsv(input) : coachingReportMarkdown(input);
}
