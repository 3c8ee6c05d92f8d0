import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/panel-app';
import { EMBEDDED } from '@/components/data';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import '@/components/theme.css';
import '@/components/panel/panel.css';

// In its own window (custom sites) the panel writes with Dexie directly.
if (!EMBEDDED) broadcastDbChanges();
createRoot(document.getElementById('root')!).render(<PanelApp />);
