import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/theme.css';
import { openLocalDatabase } from '@/components/local-database';
import '@/components/options/options.css';
import { installFocusRescue } from '@/components/focus-rescue';

installFocusRescue();

// This page opens the database itself; its writes reach an open coaching panel.
openLocalDatabase();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
