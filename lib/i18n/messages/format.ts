import type { Catalog } from '../types';

/** Relative days and durations (components/format.ts, lib/session/format.ts). */
export default {
  'format.field.name': { en: 'Deal name', fr: 'Nom de l’affaire' },
  'format.field.stage': { en: 'Stage', fr: 'Étape' },
  'format.field.amount': { en: 'Amount', fr: 'Montant' },
  'format.field.closeDate': { en: 'Close date', fr: 'Date de clôture' },
  'format.field.owner': { en: 'Owner', fr: 'Responsable' },
  'format.today': { en: 'today', fr: 'aujourd’hui' },
  'format.yesterday': { en: 'yesterday', fr: 'hier' },
  'format.tomorrow': { en: 'tomorrow', fr: 'demain' },
  'format.daysAgo': { en: { one: '{count} day ago', other: '{count} days ago' }, fr: { one: 'il y a {count} jour', other: 'il y a {count} jours' } },
  'format.inDays': { en: { one: 'in {count} day', other: 'in {count} days' }, fr: { one: 'dans {count} jour', other: 'dans {count} jours' } },
  'format.seconds': { en: '{s} s', fr: '{s} s' },
  'format.minutes': { en: '{m} min', fr: '{m} min' },
  'format.hoursMinutes': { en: '{h} h {m} min', fr: '{h} h {m} min' },
} satisfies Catalog;
