import type { CrmAbout } from '../types';

/** A trial pipeline showed Demo Completed, Proposal Sent, Contract Sent, then Won and Lost (M, crm-pages.md). */
export default {
  label: 'Close',
  stages: { 'Demo Completed': 'solution', 'Proposal Sent': 'proposal', 'Contract Sent': 'closing', Won: 'won', Lost: 'lost', Active: 'discovery' },
} satisfies CrmAbout;
