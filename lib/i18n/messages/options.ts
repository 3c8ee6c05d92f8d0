import type { Catalog } from '../types';

/** The options page (components/options). */
export default {
  // Panel placement: the browser's own side panel (components/options/panel-placement.tsx).
  'options.placement.side': { en: 'Browser side panel', fr: 'Panneau latéral du navigateur' },
  'options.placement.sideHintChrome': {
    en: 'Chrome’s side panel shows the deal in the active tab. Open it with the Sideline button or Alt+Shift+S.',
    fr: 'Le panneau latéral de Chrome affiche l’affaire de l’onglet actif. Ouvrez-le avec le bouton Sideline ou Alt+Maj+S.',
  },
  'options.placement.sideHintFirefox': {
    en: 'Firefox’s sidebar shows the deal in the active tab. Open it with Alt+Shift+S or the sidebar menu.',
    fr: 'La barre latérale de Firefox affiche l’affaire de l’onglet actif. Ouvrez-la avec Alt+Maj+S ou le menu des barres latérales.',
  },
  'options.nav.label': { en: 'Sections', fr: 'Sections' },
  'options.nav.banks': { en: 'Question banks', fr: 'Banques de questions' },
  'options.nav.stages': { en: 'Stage mapping', fr: 'Correspondance des étapes' },
  'options.nav.sites': { en: 'Custom sites', fr: 'Sites personnalisés' },
  'options.nav.reps': { en: 'Reps', fr: 'Commerciaux' },
  'options.nav.settings': { en: 'Settings', fr: 'Réglages' },
  'options.nav.data': { en: 'Your data', fr: 'Vos données' },
  'options.nav.coaching': { en: 'Your coaching', fr: 'Votre coaching' },
  'options.title': { en: 'Sideline — question banks and settings', fr: 'Sideline — questions et réglages' },
  'options.language.label': { en: 'Language', fr: 'Langue' },
  'options.language.auto': { en: 'Same as the browser ({language})', fr: 'Comme le navigateur ({language})' },
  'options.language.hint': {
    en: 'Sideline’s screens, the built-in questions and the coach’s messages follow this choice.',
    fr: 'Les écrans de Sideline, les questions intégrées et les messages du coach suivent ce choix.',
  },
} satisfies Catalog;
