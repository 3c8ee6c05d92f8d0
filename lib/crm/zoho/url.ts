import type { DetectorTestUrls } from '../types';
import { pathDetector } from '../define-adapter';

export const ZOHO_DOMAINS = ['com', 'eu', 'in', 'com.au', 'au', 'jp', 'com.cn', 'ca', 'sa', 'uk'] as const;
const HOST = new RegExp(`^crm\\.zoho\\.(?:${ZOHO_DOMAINS.map((d) => d.replace('.', '\\.')).join('|')})$`);
// Zoho One embeds the same path after /cxapp.
const RECORD = /^(?:\/cxapp)?\/crm\/(?:org\d+\/)?tab\/Potentials\/(\d+)(?:\/|$)/;

export const detectDeal = pathDetector(HOST, RECORD);

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://crm.zoho.com/crm/org712345678/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://crm.zoho.eu/crm/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://crm.zoho.com.au/crm/org7001/tab/Potentials/4876876000001234567/', '4876876000001234567'],
    ['https://crm.zoho.in/cxapp/crm/org60012345/tab/Potentials/4876876000001234567', '4876876000001234567'],
  ],
  notDeals: [
    'https://crm.zoho.com/crm/org712345678/tab/Potentials/custom-view/4876876000000087501/list',
    'https://crm.zoho.com/crm/org712345678/tab/Leads/4876876000001234567',
    'https://crm.zoho.com/crm/org712345678/tab/Home/begin',
    'https://www.zoho.com/crm/',
  ],
};
