import type { Catalog } from '../types';

/**
 * Strings of the coach and the question planner shown as UI (lib/coaching).
 *
 * The built-in questions themselves are not here: they are data of the bank
 * (lib/coaching/builtin-bank-fr.ts), keyed by question id next to the English
 * bank, because they travel as a bank (merge by id, export, the coach's check
 * of every question) and a manager's own banks are never translated.
 *
 * lib/coaching reads this file directly (lib/coaching/text.ts), not the whole
 * catalog, so the coach's bundle stays within its size budget.
 */
export default {
  // What each kind of finding says to the manager, in the manager's language.
  'coach.finding.directive': {
    en: 'This tells the rep what to do. Ask, and let them find the answer.',
    fr: 'Cela dit au commercial quoi faire. Posez une question et laissez-le trouver.',
  },
  'coach.finding.advice': {
    en: 'Advice is still telling. Ask what they would do first.',
    fr: 'Un conseil reste une consigne. Demandez d’abord ce qu’il ferait.',
  },
  'coach.finding.prescription': {
    en: 'A suggestion dressed as a question. Ask for their options first.',
    fr: 'Une consigne déguisée en question. Demandez d’abord ses options.',
  },
  'coach.finding.judgment': {
    en: 'A verdict shuts the thinking down. Ask how they see it.',
    fr: 'Un verdict coupe la réflexion. Demandez comment il voit les choses.',
  },
  'coach.finding.blame': {
    en: 'This sounds like blame. Ask what got in the way.',
    fr: 'Cela sonne comme un reproche. Demandez ce qui a bloqué.',
  },
  'coach.finding.takeover': {
    en: 'This takes the work off the rep. Help them do it themselves.',
    fr: 'Cela retire le travail au commercial. Aidez-le à le faire lui-même.',
  },
  'coach.finding.closedQuestion': {
    en: 'A yes/no question ends the thinking. Open it up.',
    fr: 'Une question fermée arrête la réflexion. Ouvrez-la.',
  },
  'coach.finding.leadingQuestion': {
    en: 'This question carries its own answer. Ask what the rep thinks.',
    fr: 'Cette question contient sa réponse. Demandez ce qu’il en pense.',
  },

  // Why a question of a manager's bank is not served (Options).
  'coach.notServed.bankOff': { en: 'bank not used', fr: 'banque non utilisée' },
  'coach.notServed.replaced': { en: 'replaced by “{bank}”', fr: 'remplacée par « {bank} »' },
  'coach.notServed.replacedOff': { en: 'replaced by “{bank}”, switched off there', fr: 'remplacée par « {bank} », désactivée là-bas' },
  'coach.notServed.flagged': { en: 'not served: {reason}', fr: 'non proposée : {reason}' },

  // Why the planner chose a question (the reason line under each question).
  'coach.reason.opener': { en: 'Opener: start with the person', fr: 'Ouverture : commencer par la personne' },
  'coach.reason.closer': {
    en: 'Accountability: the rep owns the next step, then chooses how to be followed up',
    fr: 'Engagement : le commercial décide de la suite, puis choisit comment en assurer le suivi',
  },
  'coach.reason.strategicFocus': { en: 'Strategic focus in {stage}: {aspect}', fr: 'Axe stratégique, étape {stage} : {aspect}' },
  'coach.reason.tacticalFocus': { en: 'Tactical focus in {stage}: {aspect}', fr: 'Axe tactique, étape {stage} : {aspect}' },
  'coach.reason.fewStrategic': {
    en: '{stage}: few strategic questions left in your banks',
    fr: '{stage} : il reste peu de questions stratégiques dans vos banques',
  },
  'coach.reason.fewTactical': {
    en: '{stage}: few tactical questions left in your banks',
    fr: '{stage} : il reste peu de questions tactiques dans vos banques',
  },
  'coach.aspect.gapStrategic': { en: 'gap analysis: where the rep wants to be', fr: 'analyse d’écart : où le commercial veut arriver' },
  'coach.aspect.gapTactical': { en: 'gap analysis: the skill to build', fr: 'analyse d’écart : la compétence à développer' },
  'coach.aspect.debrief': { en: 'learning from the result', fr: 'tirer les leçons du résultat' },
  'coach.aspect.future': { en: 'the future and the plan', fr: 'l’avenir et le plan' },
  'coach.aspect.whoWhat': { en: 'who and what', fr: 'qui et quoi' },
  'coach.aspect.behaviour': { en: 'one behaviour or skill', fr: 'un comportement ou une compétence' },
  'coach.aspect.how': { en: 'how it is done', fr: 'comment c’est fait' },

  // The deal's signals (why a signal question is in the plan).
  'coach.signal.closePassed': {
    en: { one: 'close date passed {count} day ago', other: 'close date passed {count} days ago' },
    fr: { one: 'date de clôture dépassée depuis {count} jour', other: 'date de clôture dépassée depuis {count} jours' },
  },
  'coach.signal.closeToday': { en: 'close date is today', fr: 'la date de clôture est aujourd’hui' },
  'coach.signal.closeSoon': {
    en: { one: 'close date in {count} day', other: 'close date in {count} days' },
    fr: { one: 'date de clôture dans {count} jour', other: 'date de clôture dans {count} jours' },
  },
  'coach.signal.amountMissing': { en: 'no amount on the deal', fr: 'aucun montant sur l’affaire' },
  'coach.signal.stale': {
    en: { one: 'same stage for {count} day', other: 'same stage for {count} days' },
    fr: { one: 'même étape depuis {count} jour', other: 'même étape depuis {count} jours' },
  },
  'coach.signal.overdue': {
    en: { one: '{count} commitment overdue on this deal', other: '{count} commitments overdue on this deal' },
    fr: { one: '{count} engagement en retard sur cette affaire', other: '{count} engagements en retard sur cette affaire' },
  },
  'coach.signal.open': {
    en: { one: '{count} open commitment on this deal', other: '{count} open commitments on this deal' },
    fr: { one: '{count} engagement ouvert sur cette affaire', other: '{count} engagements ouverts sur cette affaire' },
  },
} satisfies Catalog;
