import { primeDbQuery, type PrimedRead } from '@/components/data';
import type { PopupData } from '@/lib/db/popup-read';
import { todayIso, weekStartIso } from '@/lib/dates';

/**
 * The popup's first paint's read, asked for while the popup's HTML is still
 * being parsed: a small classic script popup.html loads before its module
 * (React and the page), so the round trip to the background runs while those
 * load. Through the one client (components/data.ts) and the API's loadPopup,
 * like any read; the page's live read takes its answer (entrypoints/popup/main.tsx).
 */
export interface PopupFirstRead {
  day: string;
  read: PrimedRead<PopupData> | undefined;
}

export default defineUnlistedScript(() => {
  const day = todayIso();
  const first: PopupFirstRead = { day, read: primeDbQuery((q) => q.loadPopup(day, weekStartIso(day))) };
  (globalThis as { sidelinePopupFirstRead?: PopupFirstRead }).sidelinePopupFirstRead = first;
});
