import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://app.hubspot.com/contacts/2187654/record/0-3/14523698741', '14523698741'],
    ['https://app-eu1.hubspot.com/contacts/25897412/record/0-3/98765432101/', '98765432101'],
    ['https://app-na2.hubspot.com/contacts/2187654/deal/14523698741', '14523698741'],
    ['https://app.hubspot.com/contacts/2187654/record/0-3/14523698741/view/1', '14523698741'],
  ],
  notDeals: [
    'https://app.hubspot.com/contacts/2187654/objects/0-3/views/all/list',
    'https://app.hubspot.com/contacts/2187654/record/0-1/51',
    'https://app.hubspot.com/reports-dashboard/2187654/view/1234',
    'https://www.hubspot.com/products/crm/deals',
  ],
};
