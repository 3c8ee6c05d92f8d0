import type { Catalog } from '../types';

/** Strings of the panel area. */
export default {
  'panel.title': { en: 'Sideline coaching panel', fr: 'Panneau de coaching Sideline' },
} satisfies Catalog;
