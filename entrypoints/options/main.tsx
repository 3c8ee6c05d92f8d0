import { OptionsApp } from '@/components/options/options-app';
import '@/components/theme.css';
import { openLocalDatabase } from '@/components/local-database';
import '@/components/options/options.css';
import { installFocusRescue } from '@/components/focus-rescue';
import { mountLocalized } from '@/components/localized-root';

installFocusRescue();

// This page opens the database itself; its writes reach an open coaching panel.
openLocalDatabase();
void mountLocalized(document.getElementById('root')!, 'options.title', () => <OptionsApp />);
