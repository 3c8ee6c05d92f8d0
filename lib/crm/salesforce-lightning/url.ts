import type { DealUrlMatch, DetectorTestUrls } from '../types';

const HOST = /\.lightning\.force\.com$/;
// Opportunity ids start with 006 (15 or 18 characters).
const RECORD = /^\/lightning\/r\/(?:Opportunity\/)?(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view\/?$/;
const LEGACY_HASH = /^#\/sObject\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view/;

export function detectDeal(url: URL): DealUrlMatch | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return null;
  const m = RECORD.exec(url.pathname) ?? (url.pathname === '/one/one.app' ? LEGACY_HASH.exec(url.hash) : null);
  return m ? { dealId: m[1]! } : null;
}

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
    ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDe/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000XYZab%2Fview', '0065g00000ABCDe'],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/r/006Dn000004ZbRzIAK/view', '006Dn000004ZbRzIAK'],
    ['https://acme.lightning.force.com/one/one.app#/sObject/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
  ],
  notDeals: [
    'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.lightning.force.com/lightning/r/Account/0015g00000XYZabAAC/view',
    'https://acme.lightning.force.com/lightning/r/Report/00O5g000004ABCDEA4/view',
    'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDeAAH/related/OpportunityLineItems/view',
  ],
};
