import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/panel-app';
import '@/components/theme.css';
import '@/components/panel/panel.css';

createRoot(document.getElementById('root')!).render(<PanelApp />);
