import { createRoot } from 'react-dom/client';
import { Agenda } from '@/components/popup/agenda';
import { YourCoaching } from '@/components/review/your-coaching';
import '@/components/theme.css';
import { installFocusRescue } from '@/components/focus-rescue';

installFocusRescue();

function Popup() {
  return (
    <main style={{ width: 360, maxWidth: '100vw' }}>
      <Agenda />
      <YourCoaching compact />
      <div className="section row between small">
        <span className="muted">Notes stay in this browser.</span>
        <button type="button" className="btn ghost small" onClick={() => void browser.runtime.openOptionsPage()}>
          Question banks & settings
        </button>
      </div>
    </main>
  );
}

// No openLocalDatabase(): the popup reads and writes through the background
// (components/data.ts), so its bundle holds neither Dexie nor zod
// (tests/meta/bundles.test.ts checks).
createRoot(document.getElementById('root')!).render(<Popup />);
