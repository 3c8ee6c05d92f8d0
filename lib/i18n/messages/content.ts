import type { Catalog } from '../types';

/**
 * Strings of the content script (entrypoints/crm.content, lib/page): it runs
 * on every CRM page, so this file is its whole catalog (lib/i18n/content.ts).
 */
export default {
  'content.launcherTitle': { en: 'Coaching panel (Alt+Shift+S)', fr: 'Panneau de coaching (Alt+Maj+S)' },
  'content.close': { en: 'Close', fr: 'Fermer' },
  'content.panelTitle': { en: 'Sideline coaching panel', fr: 'Panneau de coaching Sideline' },
  'content.dealFromUrl': { en: 'Deal {id}', fr: 'Affaire {id}' },
} satisfies Catalog;
