import { Agenda } from '@/components/popup/agenda';
import { YourCoaching } from '@/components/review/your-coaching';
import '@/components/theme.css';
import { installFocusRescue } from '@/components/focus-rescue';
import { mountLocalized } from '@/components/localized-root';
import { t } from '@/lib/i18n';

installFocusRescue();

function Popup() {
  return (
    <main style={{ width: 360, maxWidth: '100vw' }}>
      <Agenda />
      <YourCoaching compact />
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
void mountLocalized(document.getElementById('root')!, 'popup.title', () => <Popup />);
