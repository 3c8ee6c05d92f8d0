import { primeDbQuery, type PrimedRead } from '@/components/data';
import type { TodaysAgenda } from '@/lib/db/agenda';
import type { CoachingReview } from '@/lib/review/summary';
import { todayIso, weekStartIso } from '@/lib/dates';

/**
 * The popup's first paint's reads, asked for while the popup's HTML is still
 * being parsed: a small classic script popup.html loads before its module
 * (React and the page), so the round trips to the background run while those
 * load. Through the one client (components/data.ts) and the API's entries,
 * like any read; the page's live reads take their answers (entrypoints/popup/main.tsx).
 * Two calls, not one: the agenda shows as soon as its own read is done.
 */
export interface PopupFirstRead {
  day: string;
  agenda: PrimedRead<TodaysAgenda> | undefined;
  review: PrimedRead<CoachingReview> | undefined;
}

export default defineUnlistedScript(() => {
  const day = todayIso();
  const first: PopupFirstRead = {
    day,
    agenda: primeDbQuery((q) => q.loadTodaysAgenda(day, weekStartIso(day))),
    review: primeDbQuery((q) => q.loadCoachingReview(day)),
  };
  (globalThis as { sidelinePopupFirstRead?: PopupFirstRead }).sidelinePopupFirstRead = first;
});
