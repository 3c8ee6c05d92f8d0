import type { DetectorTestUrls } from '../types';
import { pathDetector } from '../define-adapter';

// Classic lives on my.salesforce.com and instance hosts (na85.salesforce.com); never on Lightning hosts.
const HOST = /^(?:[a-z0-9-]+\.my\.salesforce\.com|[a-z]{2,4}\d+\.salesforce\.com)$/;
const RECORD = /^\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/?$/;

export const detectDeal = pathDetector(HOST, RECORD);

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.my.salesforce.com/0065g00000ABCDe', '0065g00000ABCDe'],
    ['https://na85.salesforce.com/0065g00000ABCDeAAH', '0065g00000ABCDeAAH'],
    ['https://acme.my.salesforce.com/0065g00000ABCDe?srPos=0&srKp=006', '0065g00000ABCDe'],
  ],
  notDeals: [
    'https://acme.my.salesforce.com/006/o',
    'https://acme.my.salesforce.com/0015g00000XYZab',
    'https://acme.my.salesforce.com/home/home.jsp',
    'https://acme.my.salesforce.com/0065g00000ABCDe/e?retURL=%2F0065g00000ABCDe',
  ],
};
