import type { DetectorTestUrls } from '../types';
import { pathDetector } from '../define-adapter';

// app.hubspot.com and regional hosts such as app-eu1 and app-na2.
const HOST = /^app(?:-[a-z0-9]+)?\.hubspot\.com$/;
// 0-3 is HubSpot's object type id for deals; /deal/ is the legacy record URL.
const RECORD = /^\/contacts\/(\d+)\/(?:record\/0-3|deal)\/(\d+)(?:\/|$)/;

export const detectDeal = pathDetector(HOST, RECORD, 2);

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
