import type { Catalog } from '../types';

/**
 * Strings the browser and the stores show, read through `__MSG_…__` in the
 * manifest (wxt.config.ts). Chrome Web Store limits: name ≤ 75, description ≤ 132 characters.
 */
export default {
  'manifest.name': { en: 'Sideline — sales coaching beside the deal', fr: 'Sideline — le coaching commercial à côté de l’affaire' },
  'manifest.shortName': { en: 'Sideline', fr: 'Sideline' },
  'manifest.description': {
    en: 'Coach your reps on the deal page: stage-aware questions, private notes and rep-owned commitments, kept in your browser.',
    fr: 'Coachez vos commerciaux sur la page de l’affaire : questions par étape, notes privées et engagements, gardés dans votre navigateur.',
  },
  'manifest.actionTitle': { en: 'Sideline: today’s coaching', fr: 'Sideline : le coaching du jour' },
  'manifest.toggleCommand': { en: 'Open or close the Sideline coaching panel', fr: 'Ouvrir ou fermer le panneau de coaching Sideline' },
} satisfies Catalog;
