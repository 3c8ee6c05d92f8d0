import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
    ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDe/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000XYZab%2Fview', '0065g00000ABCDe'],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/r/006Dn000004ZbRzIAK/view', '006Dn000004ZbRzIAK'],
    ['https://acme.lightning.force.com/one/one.app#/sObject/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
    ['https://acme.lightning.force.com.mcas.ms/lightning/r/Opportunity/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
    ['https://acme.lightning.force.mil/lightning/r/Opportunity/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
    ['https://acme.lightning.crmforce.mil/lightning/r/Opportunity/0065g00000ABCDeAAH/view', '0065g00000ABCDeAAH'],
  ],
  notDeals: [
    'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent',
    'https://acme.lightning.force.com/lightning/page/home',
    'https://acme.lightning.force.com/lightning/r/Account/0015g00000XYZabAAC/view',
    'https://acme.lightning.force.com/lightning/r/Report/00O5g000004ABCDEA4/view',
    'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ABCDeAAH/related/OpportunityLineItems/view',
    'https://acme.lightning.force.com.evil.example/lightning/r/Opportunity/0065g00000ABCDeAAH/view',
  ],
};
