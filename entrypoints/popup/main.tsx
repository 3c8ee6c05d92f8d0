import { createRoot } from 'react-dom/client';
import { Agenda, startAgendaRead } from '@/components/popup/agenda';
import '@/components/theme.css';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { installFocusRescue } from '@/components/focus-rescue';

installFocusRescue();

function Popup() {
  return (
    <main style={{ width: 360, maxWidth: '100vw' }}>
      <Agenda />
      <div className="section row between small">
        <span className="muted">Notes stay in this browser.</span>
        <button type="button" className="btn ghost small" onClick={() => void browser.runtime.openOptionsPage()}>
          Question banks & settings
        </button>
      </div>
    </main>
  );
}

// Read the agenda (opening the database) while React renders its first frame.
startAgendaRead();
// Writes here reach an open coaching panel, which reads through the background.
// Not openLocalDatabase(): that registers the whole repository API (dbApi),
// which brings every repository and zod into this bundle; the popup's
// components import their zod-free reads directly (lib/db/agenda.ts).
broadcastDbChanges();
createRoot(document.getElementById('root')!).render(<Popup />);
