import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://crm.zoho.com/crm/org712345678/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://crm.zoho.eu/crm/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://crm.zoho.com.au/crm/org7001/tab/Potentials/4876876000001234567/', '4876876000001234567'],
    ['https://crm.zoho.in/cxapp/crm/org60012345/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://one.zoho.com/zohoone/acmecorp/home/cxapp/crm/org712345678/tab/Potentials/4876876000001234567', '4876876000001234567'],
    ['https://one.zoho.eu/zohoone/acmecorp/home/cxapp/crm/org20071234/tab/Potentials/4876876000001234567/', '4876876000001234567'],
  ],
  notDeals: [
    'https://crm.zoho.com/crm/org712345678/tab/Potentials/custom-view/4876876000000087501/list',
    'https://crm.zoho.com/crm/org712345678/tab/Leads/4876876000001234567',
    'https://crm.zoho.com/crm/org712345678/tab/Home/begin',
    'https://www.zoho.com/crm/',
    'https://one.zoho.com/zohoone/acmecorp/home/cxapp/crm/org712345678/tab/Potentials/custom-view/4876876000000087501/list',
    'https://one.zoho.com/zohoone/acmecorp/home/cxapp/desk/tab/Cases/4876876000001234567',
  ],
};
