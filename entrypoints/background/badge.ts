import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import {
  MIDNIGHT_ALARM,
  MORNING_ALARM,
  countDueFollowUps,
  remindInTheMorning,
  scheduleMidnight,
  scheduleMorning,
  updateBadge,
} from '@/lib/review/badge';
import { getSettings } from '@/lib/db/settings';

/**
 * The toolbar badge (follow-ups due today and overdue) and the optional
 * morning reminder. Listeners are registered synchronously, so an alarm that
 * wakes a stopped service worker finds them; the badge follows every change
 * to commitments and sessions (from any page: Dexie's live queries see other
 * contexts' writes) and the calendar day, through the midnight alarm.
 */
export function setupBadge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) {
      void updateBadge(browser).catch(warn);
      void scheduleMidnight(browser).catch(warn);
    } else if (alarm.name === MORNING_ALARM) {
      void remindInTheMorning(browser).catch(warn);
      void scheduleMorning(browser).catch(warn);
    }
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id.startsWith('sideline:')) void browser.action.openPopup?.().catch(() => browser.runtime.openOptionsPage());
  });
  void scheduleMidnight(browser).catch(warn);

  // Every change to the follow-ups re-counts; the badge is set only when the count moves.
  let shown: number | undefined;
  liveQuery(() => countDueFollowUps()).subscribe({
    next: (count) => {
      if (count === shown) return;
      shown = count;
      void updateBadge(browser).catch(warn);
    },
    error: warn,
  });
  // The morning reminder follows its setting.
  liveQuery(() => getSettings()).subscribe({
    next: () => void scheduleMorning(browser).catch(warn),
    error: warn,
  });
}

function warn(e: unknown): void {
  console.warn('Sideline: badge', e);
}
