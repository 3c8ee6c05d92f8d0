import type { CrmAbout } from '../types';

/**
 * Salesforce's default opportunity stages (H, crm-pages.md "Default stages").
 * "Id. Decision Makers" is still learning who decides, so it coaches as
 * discovery; "Perception Analysis" checks how the solution lands, so it
 * coaches as solution.
 */
export const salesforceStages = {
  Prospecting: 'prospecting',
  Qualification: 'qualification',
  'Needs Analysis': 'discovery',
  'Value Proposition': 'solution',
  'Id. Decision Makers': 'discovery',
  'Perception Analysis': 'solution',
  'Proposal/Price Quote': 'proposal',
  'Negotiation/Review': 'negotiation',
  'Closed Won': 'won',
  'Closed Lost': 'lost',
} as const;

export default {
  label: 'Salesforce Lightning',
  stages: {
    ...salesforceStages,
    // French orgs
    Prospection: 'prospecting',
    'Analyse des besoins': 'discovery',
    'Proposition de valeur': 'solution',
    'Identification des décideurs': 'discovery',
    'Analyse de la perception': 'solution',
    'Proposition/Devis': 'proposal',
    'Négociation/Révision': 'negotiation',
    'Fermée gagnée': 'won',
    'Fermée perdue': 'lost',
  },
} satisfies CrmAbout;
