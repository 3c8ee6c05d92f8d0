import type { Catalog } from '../types';

/** The options page (components/options). */
export default {
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
