import { PanelApp } from '@/components/panel/panel-app';
import { EMBEDDED } from '@/components/data';
import '@/components/theme.css';
import '@/components/panel/panel.css';
import { installFocusRescue } from '@/components/focus-rescue';
import { mountLocalized } from '@/components/localized-root';

installFocusRescue();

const render = () => mountLocalized(document.getElementById('root')!, 'panel.title', () => <PanelApp />);
// Embedded in the CRM page, the panel reads through the background and never
// loads Dexie. In its own window (custom sites) it opens the database itself.
if (EMBEDDED) void render();
else void import('@/components/local-database').then((m) => m.openLocalDatabase()).then(render);
