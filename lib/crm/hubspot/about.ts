import type { CrmAbout } from '../types';

/**
 * HubSpot's default pipeline, by label and internal id (crm-pages.md "Default
 * stages"): a first meeting is still prospecting; "Decision Maker Bought-In"
 * means the proposal is being weighed; "Contract Sent" is closing.
 */
export default {
  label: 'HubSpot',
  stages: {
    'Appointment Scheduled': 'prospecting',
    appointmentscheduled: 'prospecting',
    'Qualified to Buy': 'qualification',
    qualifiedtobuy: 'qualification',
    'Presentation Scheduled': 'solution',
    presentationscheduled: 'solution',
    'Decision Maker Bought-In': 'proposal',
    decisionmakerboughtin: 'proposal',
    'Contract Sent': 'closing',
    contractsent: 'closing',
    'Closed Won': 'won',
    closedwon: 'won',
    'Closed Lost': 'lost',
    closedlost: 'lost',
  },
} satisfies CrmAbout;
