import type { Catalog } from '../types';

/** Strings of the panel area (components/panel, entrypoints/panel). */
export default {
  // The panel in the browser's side panel, on a tab without a deal (components/panel/panel-app.tsx).
  'panel.side.empty': { en: 'Open a deal in your CRM', fr: 'Ouvrez une affaire dans votre CRM' },
  'panel.side.emptyHint': { en: 'This panel shows the deal in the active tab.', fr: 'Ce panneau affiche l’affaire de l’onglet actif.' },
  'panel.title': { en: 'Sideline coaching panel', fr: 'Panneau de coaching Sideline' },
  'panel.close': { en: 'Close panel', fr: 'Fermer le panneau' },
  'panel.readingLabel': { en: 'Reading the deal', fr: 'Lecture de l’affaire' },
  'panel.reading': { en: 'Reading the deal…', fr: 'Lecture de l’affaire…' },
  'panel.waitingForName': { en: 'Waiting for the deal name…', fr: 'En attente du nom de l’affaire…' },
  'panel.noDeal': { en: 'No deal on this page', fr: 'Aucune affaire sur cette page' },
  'panel.noDealHint': {
    en: 'Open a deal or opportunity in your CRM and Sideline will read it.',
    fr: 'Ouvrez une affaire ou une opportunité dans votre CRM : Sideline la lira.',
  },
  'panel.backgroundError': {
    en: 'Sideline could not talk to its background: {message}. Reload the page to try again.',
    fr: 'Sideline n’a pas pu joindre son arrière-plan : {message}. Rechargez la page pour réessayer.',
  },
  'panel.unexpectedAnswer': { en: 'The extension gave an unexpected answer.', fr: 'L’extension a donné une réponse inattendue.' },
  'panel.saveError': { en: 'Could not save this deal: {error}', fr: 'Impossible d’enregistrer cette affaire : {error}' },
  'panel.loadingRep': { en: 'Loading the rep', fr: 'Chargement du commercial' },
  'panel.setOwner': {
    en: 'Set the owner above to link this deal to a rep.',
    fr: 'Indiquez le responsable ci-dessus pour lier cette affaire à un commercial.',
  },
  'panel.coachThisDeal': { en: 'Coach this deal', fr: 'Coacher sur cette affaire' },
  'panel.chooseStage': {
    en: 'Choose the coaching stage above to get questions.',
    fr: 'Choisissez l’étape de coaching ci-dessus pour obtenir des questions.',
  },
  'panel.setStage': { en: 'Set the stage above to get questions for it.', fr: 'Indiquez l’étape ci-dessus pour obtenir ses questions.' },
  'panel.startSession': { en: 'Start session', fr: 'Démarrer la séance' },
  'panel.planFullSession': { en: 'Plan full session', fr: 'Préparer une séance complète' },
  'panel.startHelp': {
    en: 'Start session: a few minutes, 3 questions, 1 commitment; the clock starts now. Plan full session: prepare the contract, focus and gap analysis ahead, then press Begin when the rep is there.',
    fr: 'Démarrer la séance : quelques minutes, 3 questions, 1 engagement ; le chrono démarre tout de suite. Préparer une séance complète : préparez le contrat, l’axe et l’analyse d’écart à l’avance, puis appuyez sur Commencer quand le commercial est là.',
  },
  'panel.read.title': { en: 'What Sideline read', fr: 'Ce que Sideline a lu' },
  'panel.read.fromAddress': { en: 'from the address', fr: 'depuis l’adresse' },
  'panel.read.found': { en: 'found', fr: 'trouvé' },
  'panel.read.notFound': { en: 'not found', fr: 'introuvable' },
  'panel.read.nothingMatched': { en: 'nothing matched', fr: 'rien ne correspond' },
  'panel.read.takenFromAddress': { en: 'not on the page: taken from the address', fr: 'absent de la page : pris dans l’adresse' },
  'panel.read.copy': { en: 'Copy page report', fr: 'Copier le rapport de page' },
  'panel.read.preparing': { en: 'Preparing…', fr: 'Préparation…' },
  'panel.read.copied': { en: 'Copied: the page’s structure, no deal values.', fr: 'Copié : la structure de la page, sans les valeurs de l’affaire.' },
  'panel.read.selectAndCopy': { en: 'Select the text below and copy it.', fr: 'Sélectionnez le texte ci-dessous et copiez-le.' },
  'panel.read.explain': {
    en: 'For whoever maintains your setup: how this page is built, so a field Sideline misses can be fixed. It holds no names, amounts, dates or text from the page.',
    fr: 'Pour la personne qui gère votre configuration : comment cette page est construite, pour corriger un champ que Sideline ne trouve pas. Il ne contient aucun nom, montant, date ni texte de la page.',
  },
  'panel.read.report': { en: 'Page report', fr: 'Rapport de page' },
} satisfies Catalog;
