import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/theme.css';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import '@/components/options/options.css';

// Writes here reach an open coaching panel, which reads through the background.
broadcastDbChanges();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
