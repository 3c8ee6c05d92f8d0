import type { CrmAbout } from '../types';

/** Pipedrive's default pipeline (M, crm-pages.md "Default stages"; one source says "Meeting Scheduled"). */
export default {
  label: 'Pipedrive',
  stages: {
    Qualified: 'qualification',
    'Contact Made': 'discovery',
    'Meeting Scheduled': 'discovery',
    'Demo Scheduled': 'solution',
    'Proposal Made': 'proposal',
    'Negotiations Started': 'negotiation',
    Won: 'won',
    Lost: 'lost',
  },
} satisfies CrmAbout;
