import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.my.salesforce.com/0065g00000ABCDe', '0065g00000ABCDe'],
    ['https://na85.salesforce.com/0065g00000ABCDeAAH', '0065g00000ABCDeAAH'],
    ['https://acme.my.salesforce.com/0065g00000ABCDe?srPos=0&srKp=006', '0065g00000ABCDe'],
    ['https://acme--uat.sandbox.my.salesforce.com/0065g00000SbxcAAAA', '0065g00000SbxcAAAA'],
    ['https://acme-dev-ed.develop.my.salesforce.com/0065g00000ABCDe', '0065g00000ABCDe'],
    ['https://acme.my.salesforce.com.mcas.ms/0065g00000ABCDe', '0065g00000ABCDe'],
    ['https://acme.my.salesforce.mil/0065g00000ABCDe', '0065g00000ABCDe'],
  ],
  notDeals: [
    'https://acme.my.salesforce.com/006/o',
    'https://acme.my.salesforce.com/0015g00000XYZab',
    'https://acme.my.salesforce.com/home/home.jsp',
    'https://acme.my.salesforce.com/0065g00000ABCDe/e?retURL=%2F0065g00000ABCDe',
    'https://acme--uat.sandbox.my.salesforce.com/006/o',
  ],
};
