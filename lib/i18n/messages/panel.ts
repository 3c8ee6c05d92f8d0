import type { Catalog } from '../types';

/** Strings of the panel area. */
export default {
  // The panel in the browser's side panel, on a tab without a deal (components/panel/panel-app.tsx).
  'panel.side.empty': { en: 'Open a deal in your CRM', fr: 'Ouvrez une affaire dans votre CRM' },
  'panel.side.emptyHint': { en: 'This panel shows the deal in the active tab.', fr: 'Ce panneau affiche l’affaire de l’onglet actif.' },
  'panel.title': { en: 'Sideline coaching panel', fr: 'Panneau de coaching Sideline' },
} satisfies Catalog;
