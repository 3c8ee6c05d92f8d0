import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.pipedrive.com/deal/1432', '1432'],
    ['https://acme-sales.pipedrive.com/deal/98/', '98'],
    ['https://acme.pipedrive.com/deal/1432/activity', '1432'],
  ],
  notDeals: [
    'https://acme.pipedrive.com/deals/user/everyone',
    'https://acme.pipedrive.com/pipeline/1/user/everyone',
    'https://acme.pipedrive.com/leads/inbox/0e3b5c9a-1f2d-4c1e-9a5b-6f7e8d9c0b1a',
    'https://www.pipedrive.com/deal/1432',
  ],
};
