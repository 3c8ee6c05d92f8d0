import type { CrmAbout } from '../types';
import { salesforceStages } from '../salesforce-lightning/about';

/** Zoho's default deal stages follow Salesforce's, with two of its own (H, crm-pages.md "Default stages"). */
export default {
  label: 'Zoho CRM',
  stages: { ...salesforceStages, 'Identify Decision Makers': 'discovery', 'Closed-Lost to Competition': 'lost' },
} satisfies CrmAbout;
