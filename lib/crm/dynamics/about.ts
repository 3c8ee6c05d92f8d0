import type { CrmAbout } from '../types';

/** Dynamics' business process flow stages Qualify, Develop, Propose, Close (H, MicrosoftDocs); status Open / Won / Lost. */
export default {
  label: 'Dynamics 365',
  stages: { Qualify: 'qualification', Develop: 'discovery', Propose: 'proposal', Close: 'closing', Won: 'won', Lost: 'lost' },
} satisfies CrmAbout;
