import type { Catalog } from '../types';

/** Strings of the background area: the toolbar button's tooltip and the morning reminder (lib/review/badge.ts). */
export default {
  'background.actionTitleDue': {
    en: { one: 'Sideline: today’s coaching — {count} follow-up due', other: 'Sideline: today’s coaching — {count} follow-ups due' },
    fr: { one: 'Sideline : le coaching du jour — {count} suivi à faire', other: 'Sideline : le coaching du jour — {count} suivis à faire' },
  },
  'background.morningTitle': { en: 'Sideline: follow-ups today', fr: 'Sideline : les suivis du jour' },
  'background.morningMessage': {
    en: {
      one: '{count} follow-up due today or overdue. Open Sideline to see who and what.',
      other: '{count} follow-ups due today or overdue. Open Sideline to see who and what.',
    },
    fr: {
      one: '{count} suivi à faire aujourd’hui ou en retard. Ouvrez Sideline pour voir qui et quoi.',
      other: '{count} suivis à faire aujourd’hui ou en retard. Ouvrez Sideline pour voir qui et quoi.',
    },
  },
} satisfies Catalog;
