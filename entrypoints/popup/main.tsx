import { Agenda } from '@/components/popup/agenda';
import { YourCoachingView } from '@/components/review/your-coaching';
import { primeDbQuery, useDbQuery } from '@/components/data';
import { todayIso } from '@/components/format';
import { weekStartIso } from '@/lib/dates';
import type { PopupFirstRead } from '../popup-first-read';
import '@/components/theme.css';
import { installFocusRescue } from '@/components/focus-rescue';
import { mountLocalized } from '@/components/localized-root';
import { t } from '@/lib/i18n';

// The first paint's data: the agenda and "Your coaching". popup-first-read.js
// asked for them while this module was loading; if it did not run, they are
// asked for now, still before React mounts anything.
const early = (globalThis as { sidelinePopupFirstRead?: PopupFirstRead }).sidelinePopupFirstRead;
const openedOn = todayIso();
const fresh = early?.day === openedOn;
const agendaRead = (fresh && early.agenda) || primeDbQuery((q) => q.loadTodaysAgenda(openedOn, weekStartIso(openedOn)));
const reviewRead = (fresh && early.review) || primeDbQuery((q) => q.loadCoachingReview(openedOn));

installFocusRescue();

function Popup() {
  const today = todayIso();
  const first = today === openedOn;
  const agenda = useDbQuery((q) => q.loadTodaysAgenda(today, weekStartIso(today)), [today], first ? agendaRead : undefined);
  const review = useDbQuery((q) => q.loadCoachingReview(today), [today], first ? reviewRead : undefined);
  return (
    <main style={{ width: 360, maxWidth: '100vw' }}>
      <Agenda data={agenda} today={today} />
      <YourCoachingView review={review} compact />
      <div className="section row between small">
        <span className="muted">{t('popup.notesStayHere')}</span>
        <button type="button" className="btn ghost small" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </div>
    </main>
  );
}

// No openLocalDatabase(): the popup reads and writes through the background
// (components/data.ts), so its bundle holds neither Dexie nor zod
// (tests/meta/bundles.test.ts checks).
// Mounted with the agenda's answer when it comes soon (no skeleton in
// between); with the skeleton if it has not come in 80 ms (a background
// waking up). The language is read meanwhile (mountLocalized).
const agendaOrTimeout = Promise.race([agendaRead?.promise, new Promise((r) => setTimeout(r, 80))]).catch(() => {});
void mountLocalized(document.getElementById('root')!, 'popup.title', () => <Popup />, agendaOrTimeout);
