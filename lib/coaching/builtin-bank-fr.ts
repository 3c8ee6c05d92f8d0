/**
 * The built-in bank in French, by question id (lib/coaching/builtin-bank.ts
 * holds the English and every other field). Data, not catalog keys: the
 * questions travel as a bank (merged by id, switched off by id, checked one by
 * one by the coach), and a manager's own banks are never translated.
 *
 * Written for a manager speaking to a rep: tutoiement, open questions about
 * the process (who, what, how), never about the number, and worded so they do
 * not depend on the rep's gender. tests/coaching/builtin-bank-fr.test.ts checks
 * that every built-in question has its French version and that the French
 * coach flags none of them.
 */
export interface FrenchQuestion {
  text: string;
  why?: string;
}

export const BUILTIN_BANK_NAME_FR = 'Questions intégrées de Sideline';
export const BUILTIN_BANK_DESCRIPTION_FR = 'Des questions ouvertes, centrées sur le processus, pour chaque étape d’une affaire.';

/** "Tell me more." and "What else?", the prompts offered under every question. */
export const FOLLOW_UPS_FR: Record<string, string> = {
  'Tell me more.': 'Dis-m’en plus.',
  'What else?': 'Quoi d’autre ?',
};

export const BUILTIN_QUESTIONS_FR: Record<string, FrenchQuestion> = {
  // Openers: the person first.
  'open-support': { text: 'Comment puis-je le mieux t’aider cette semaine ?', why: 'Commence par la personne, pas par l’affaire.' },
  'open-on-your-mind': { text: 'Qu’as-tu en tête en ce moment au sujet de cette affaire ?' },
  'open-energy': { text: 'Comment te sens-tu par rapport à la direction que prend cette affaire ?' },
  'open-want-from-today': { text: 'Qu’est-ce qui rendrait les prochaines minutes les plus utiles pour toi ?', why: 'Laisse le commercial fixer l’ordre du jour.' },
  'open-proud': { text: 'Qu’est-ce qui s’est bien passé sur cette affaire depuis notre dernier échange ?' },
  'open-stuck': { text: 'Qu’est-ce qui coince pour toi en ce moment, le cas échéant ?' },
  'open-workload': { text: 'Comment se passe ta semaine, au-delà de cette affaire ?' },
  'open-help-differently': { text: 'Que pourrais-je faire autrement pour mieux t’aider ?' },

  // Accountability: the rep names the commitment and how to be followed up.
  'acc-next-step-own': { text: 'Que vas-tu faire ensuite, et pour quand ?', why: 'Le commercial formule l’engagement avec ses propres mots.' },
  'acc-follow-up-how': {
    text: 'Comment veux-tu que je fasse le suivi si tu ne tiens pas cet engagement ?',
    why: 'Le commercial choisit comment on lui en reparlera.',
  },
  'acc-know-done': { text: 'Comment saurons-nous tous les deux que cette étape est faite ?' },
  'acc-get-in-way': { text: 'Qu’est-ce qui pourrait t’empêcher de le faire, et comment y feras-tu face ?' },
  'acc-support-needed': { text: 'De quel soutien as-tu besoin de ma part pour tenir cet engagement ?' },
  'acc-check-in': { text: 'Quand aimerais-tu qu’on refasse le point là-dessus ?' },
  'acc-one-thing': { text: 'Qu’est-ce que tu retiens avant tout de cette conversation ?' },
  'acc-learning-apply': { text: 'Sur quelle affaire ouverte aujourd’hui vas-tu appliquer cette leçon ?' },

  // Prospecting.
  'pro-why-them': { text: 'Qu’est-ce qui t’a fait choisir ce compte ?' },
  'pro-who-first': { text: 'Qui contactes-tu en premier dans cette entreprise, et pourquoi cette personne ?' },
  'pro-trigger': { text: 'Que se passe-t-il dans cette entreprise qui en fait le bon moment pour la contacter ?' },
  'pro-message': { text: 'Raconte-moi le premier message que tu leur envoies.' },
  'pro-channels': { text: 'Quels canaux utilises-tu pour les joindre, et lequel fonctionne le mieux ?' },
  'pro-response': { text: 'Quelles réponses as-tu eues jusqu’ici, et que t’apprennent-elles ?' },
  'pro-value-hypothesis': { text: 'Quel problème penses-tu qu’ils ont et que nous pouvons résoudre ?' },
  'pro-research': { text: 'Qu’as-tu appris sur eux avant la première conversation ?' },
  'pro-plan-weeks': { text: 'Comment comptes-tu travailler ce compte dans les prochaines semaines ?' },
  'pro-referral': { text: 'Qui, dans ton réseau, pourrait t’ouvrir une porte ici ?' },
  'pro-gap-skill': { text: 'Où en est ta prospection aujourd’hui, par rapport à là où tu veux qu’elle soit ?' },
  'pro-stop': { text: 'Comment décideras-tu d’arrêter de poursuivre ce compte ?' },

  // Qualification.
  'qual-pain': { text: 'Quel problème cherchent-ils à résoudre, avec leurs propres mots ?' },
  'qual-cost-of-nothing': { text: 'Que se passe-t-il pour eux s’ils ne font rien ?' },
  'qual-who-decides': { text: 'Qui décide, et comment l’as-tu appris ?' },
  'qual-budget-process': { text: 'Comment un budget de ce type est-il approuvé chez eux ?' },
  'qual-timeline-why': { text: 'Qu’est-ce qui détermine leur calendrier ?' },
  'qual-fit': { text: 'Dans quelle mesure cette opportunité ressemble-t-elle aux clients que nous gagnons le plus souvent ?' },
  'qual-evidence': { text: 'Qu’ont-ils dit ou fait qui te montre que c’est une vraie opportunité ?' },
  'qual-competition': { text: 'Qu’envisagent-ils d’autre, y compris le faire eux-mêmes ?' },
  'qual-disqualify': { text: 'À quels signes verrais-tu que cette affaire ne mérite pas d’être poursuivie ?' },
  'qual-questions-asked': { text: 'Quelles questions as-tu posées lors du dernier appel, et lesquelles poserais-tu à nouveau ?' },
  'qual-unknowns': { text: 'Que ne sais-tu pas encore que tu veux savoir avant d’aller plus loin ?' },
  'qual-champion-early': { text: 'Qui, chez eux, veut que ça se fasse, et qu’est-ce que ça lui apporte ?' },

  // Discovery.
  'disc-who-affected': { text: 'Qui d’autre est touché par ce problème, et comment as-tu eu leur point de vue ?' },
  'disc-current-way': { text: 'Comment gèrent-ils cela aujourd’hui, étape par étape ?' },
  'disc-impact': { text: 'Comment mesurent-ils l’impact de ce problème ?' },
  'disc-success': { text: 'À quoi ressemble la réussite pour eux dans un an ?' },
  'disc-priorities': { text: 'Quelle place cela occupe-t-il parmi leurs autres priorités ce trimestre ?' },
  'disc-buying-group': { text: 'Qui fait partie du groupe d’achat, et à quoi chacun tient-il ?' },
  'disc-call-review': { text: 'Raconte-moi ton dernier appel de découverte. Qu’as-tu appris d’inattendu ?' },
  'disc-listen-ratio': { text: 'Lors du dernier appel, quelle part du temps as-tu parlé, et quelle part eux ?' },
  'disc-next-meeting': { text: 'Que veux-tu apprendre au prochain rendez-vous, et comment vas-tu poser la question ?' },
  'disc-past-attempts': { text: 'Qu’ont-ils déjà essayé, et que s’est-il passé ?' },
  'disc-gap': { text: 'Où en est ta compréhension de leur activité aujourd’hui, et où veux-tu qu’elle soit ?' },
  'disc-plan': { text: 'Comment comptes-tu passer de la découverte à une solution qu’ils construisent avec toi ?' },

  // Solution.
  'sol-tailored': { text: 'Comment as-tu adapté la solution à ce que tu as appris en découverte ?' },
  'sol-who-validates': { text: 'Qui, de leur côté, valide la solution, et comment ?' },
  'sol-demo-story': { text: 'Quelle histoire ta démo va-t-elle raconter, et à qui ?' },
  'sol-reaction': { text: 'Comment ont-ils réagi à la dernière présentation, personne par personne ?' },
  'sol-concerns': { text: 'Quelles inquiétudes sont apparues, et comment les explores-tu ?' },
  'sol-technical': { text: 'Quelles questions techniques restent ouvertes, et qui s’en occupe ?' },
  'sol-value-case': { text: 'Comment construis-tu l’argumentaire de valeur avec eux plutôt que pour eux ?' },
  'sol-differentiation': { text: 'Qu’est-ce qui rend notre approche importante pour ce client en particulier ?' },
  'sol-champion-sell': { text: 'Comment ton champion présente-t-il cette solution à ses collègues ?' },
  'sol-proof': { text: 'Quelle preuve rendrait cela concret pour eux, et comment vas-tu l’apporter ?' },
  'sol-gap': { text: 'Où en est l’adéquation entre leurs besoins et notre solution aujourd’hui, et où veux-tu qu’elle soit ?' },
  'sol-path-forward': { text: 'Qu’est-ce qui les amènerait à demander une proposition ?' },

  // Proposal.
  'prop-cocreated': { text: 'Quelle part de cette proposition ont-ils aidé à construire ?' },
  'prop-who-reads': { text: 'Qui va lire la proposition, et qu’y cherchera chacun ?' },
  'prop-walkthrough': { text: 'Comment comptes-tu leur présenter la proposition ?' },
  'prop-value-link': { text: 'Comment la proposition relie-t-elle le prix aux résultats dont ils t’ont parlé ?' },
  'prop-objections': { text: 'À quelles objections t’attends-tu, et comment vas-tu les explorer ?' },
  'prop-decision-steps': { text: 'Par quelles étapes la proposition passe-t-elle chez eux avant une décision ?' },
  'prop-options': { text: 'Quelles options leur proposes-tu, et pourquoi celles-là ?' },
  'prop-feedback': { text: 'Quels retours as-tu eus sur la proposition jusqu’ici ?' },
  'prop-silence': { text: 'S’ils ne donnent plus de nouvelles après l’avoir reçue, comment reprendras-tu contact ?' },
  'prop-risks': { text: 'Qu’est-ce qui pourrait bloquer la décision, et quel est ton plan pour chaque cas ?' },
  'prop-gap': { text: 'Où en est ta proposition aujourd’hui, par rapport à celle qui gagnerait ?' },
  'prop-champion-role': { text: 'Quel rôle joue ton champion pour faire approuver cela ?' },

  // Negotiation.
  'neg-what-matters': { text: 'Qu’est-ce qui compte le plus pour eux dans cette négociation, au-delà du prix ?' },
  'neg-who-negotiates': { text: 'Qui négocie de leur côté, et sur quels objectifs cette personne est-elle évaluée ?' },
  'neg-walk-away': { text: 'Quel est ton seuil de rupture, et comment l’as-tu fixé ?' },
  'neg-trades': { text: 'Que pourrais-tu échanger, et que demanderais-tu en retour ?' },
  'neg-procurement': { text: 'Comment leur processus d’achat se déroule-t-il d’ici la signature ?' },
  'neg-legal': { text: 'Où en sont les revues juridique et sécurité, et qui en est responsable ?' },
  'neg-pressure': { text: 'Comment réponds-tu quand ils insistent sur le prix ?' },
  'neg-value-reminder': { text: 'Comment gardes-tu au cœur de la conversation la valeur sur laquelle ils sont d’accord ?' },
  'neg-last-round': { text: 'Raconte-moi le dernier tour. Que referais-tu de la même façon, et que ferais-tu autrement ?' },
  'neg-relationship': { text: 'Comment veux-tu que la relation se présente une fois le contrat signé ?' },
  'neg-gap': { text: 'Où en sont les deux parties aujourd’hui, et où veux-tu arriver ?' },
  'neg-concessions-log': { text: 'Qu’a cédé chaque partie jusqu’ici ?' },

  // Closing.
  'close-steps-left': { text: 'Quelles étapes restent entre aujourd’hui et la signature ?' },
  'close-who-signs': { text: 'Qui signe, et de quoi cette personne a-t-elle besoin avant ?' },
  'close-mutual-plan': { text: 'Comment avance le plan commun avec le client ?' },
  'close-risks': { text: 'Qu’est-ce qui pourrait encore faire dérailler l’affaire, et quel est ton plan face à cela ?' },
  'close-date-basis': { text: 'Sur quoi repose la date de clôture : leur plan ou le nôtre ?' },
  'close-last-conversation': { text: 'Qu’a dit l’acheteur sur le calendrier lors de votre dernière conversation ?' },
  'close-paperwork': { text: 'Où en sont les documents en ce moment, et qui les a ?' },
  'close-handover': { text: 'Comment prépares-tu le passage de relais à l’équipe qui va les accompagner ?' },
  'close-champion-confidence': { text: 'Quel est le degré de confiance de ton champion, et d’où lui vient-il ?' },
  'close-ask': { text: 'Comment vas-tu demander la décision ?' },
  'close-gap': { text: 'Qu’est-ce qui sépare l’état actuel de l’affaire d’une signature ?' },
  'close-after-signing': { text: 'Que se passe-t-il dans les premières semaines après la signature ?' },

  // Won.
  'won-why': { text: 'Pourquoi, selon toi, nous ont-ils choisis ?' },
  'won-turning-point': { text: 'Quel moment a fait basculer cette affaire, selon toi ?' },
  'won-repeat': { text: 'Qu’as-tu fait ici que tu veux refaire sur d’autres affaires ?' },
  'won-differently': { text: 'Que ferais-tu autrement si tu menais cette affaire à nouveau ?' },
  'won-customer-words': { text: 'Comment le client a-t-il expliqué ses raisons d’acheter ?' },
  'won-who-helped': { text: 'Qui a contribué à cette victoire, dans l’entreprise et en dehors ?' },
  'won-surprise': { text: 'Qu’est-ce qui a été une surprise pour toi en chemin ?' },
  'won-cycle': { text: 'Comment la durée de ce cycle de vente se compare-t-elle à ce que tu attendais ?' },
  'won-expand': { text: 'Où vois-tu ce client grandir avec nous ensuite ?' },
  'won-share': { text: 'Qu’est-ce qui, dans cette affaire, aiderait le reste de l’équipe ?' },
  'won-celebrate': { text: 'Comment veux-tu fêter celle-ci ?' },
  'won-skill-grown': { text: 'Lesquelles de tes compétences ont le plus progressé sur cette affaire ?' },
  'won-risk-handled': { text: 'Quel moment t’a paru le plus risqué, et comment l’as-tu géré ?' },

  // Lost.
  'lost-why': { text: 'Qu’est-ce qui, selon toi, a mené à leur décision ?' },
  'lost-customer-words': { text: 'Comment le client a-t-il expliqué son choix ?' },
  'lost-signals': { text: 'Avec le recul, quels signaux précoces annonçaient l’issue ?' },
  'lost-differently': { text: 'Que ferais-tu autrement au début d’une affaire comme celle-ci ?' },
  'lost-still-proud': { text: 'Qu’as-tu bien fait dans la conduite de cette affaire ?' },
  'lost-qualify': { text: 'Qu’as-tu appris sur les affaires à poursuivre ?' },
  'lost-relationship': { text: 'Comment vas-tu entretenir la relation pour l’avenir ?' },
  'lost-competitor': { text: 'Qu’offrait l’option retenue qui comptait pour eux ?' },
  'lost-feelings': { text: 'Comment vis-tu celle-ci ?' },
  'lost-team-learn': { text: 'Qu’est-ce qui, dans cette affaire, mérite d’être partagé avec l’équipe ?' },
  'lost-support': { text: 'Quel soutien de ma part t’aurait été utile plus tôt ?' },
  'lost-moment': { text: 'À quel moment l’affaire a-t-elle commencé à t’échapper, et que se passait-il alors ?' },
  'lost-skill-gap': { text: 'Quelle compétence aurait changé l’issue, et comment pourrais-tu la développer ?' },

  // Prompted by the deal's fields.
  'sig-close-passed-what-changed': { text: 'La date de clôture est passée. Qu’est-ce qui a changé de leur côté ?' },
  'sig-close-passed-new-plan': { text: 'Quel est aujourd’hui le calendrier de l’acheteur lui-même, et comment le sais-tu ?' },
  'sig-close-soon-steps': { text: 'Avec une date de clôture aussi proche, que reste-t-il à faire chaque jour d’ici là ?' },
  'sig-close-soon-risks': { text: 'Qu’est-ce qui pourrait décaler cette date de clôture, et qui te préviendrait en premier ?' },
  'sig-amount-missing': { text: 'Comment le client et toi envisagez-vous la taille de cette affaire ?' },
  'sig-stale-what-moves': { text: 'Cette affaire est à la même étape depuis un moment. Qu’est-ce qui la ferait avancer ?' },
  'sig-stale-who-engaged': { text: 'Qui, de leur côté, a été actif ces dernières semaines ?' },
  'sig-open-commitments': { text: 'Où en es-tu de tes engagements de la dernière fois sur cette affaire ?' },
  'sig-overdue-commitments': { text: 'Qu’est-ce qui a empêché de tenir l’engagement désormais en retard ?' },
  'sig-overdue-renegotiate': { text: 'À quoi ressemblerait une nouvelle date réaliste pour cet engagement ?' },
};
