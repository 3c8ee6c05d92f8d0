import { createRoot } from 'react-dom/client';
import { Agenda } from '@/components/popup/agenda';
import '@/components/theme.css';
import { openLocalDatabase } from '@/components/local-database';

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

// This page opens the database itself; its writes reach an open coaching panel.
openLocalDatabase();
createRoot(document.getElementById('root')!).render(<Popup />);
