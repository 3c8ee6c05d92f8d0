import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/theme.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
