import type { DetectorTestUrls } from '../types';
import { pathDetector } from '../define-adapter';

// Close shows opportunities on the lead page; the lead id is the deal's key (M).
const HOST = /^app\.close\.com$/;
const RECORD = /^\/lead\/(lead_[A-Za-z0-9]+)(?:\/|$)/;

export const detectDeal = pathDetector(HOST, RECORD);

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://app.close.com/lead/lead_Ab12Cd34Ef56Gh78Ij90/', 'lead_Ab12Cd34Ef56Gh78Ij90'],
    ['https://app.close.com/lead/lead_Zz9/activities/', 'lead_Zz9'],
    ['https://app.close.com/lead/lead_Ab12Cd34Ef56Gh78Ij90', 'lead_Ab12Cd34Ef56Gh78Ij90'],
  ],
  notDeals: [
    'https://app.close.com/opportunities/pipeline/',
    'https://app.close.com/leads/',
    'https://app.close.com/contact/cont_Ab12Cd34/',
    'https://close.com/lead/lead_Ab12Cd34Ef56Gh78Ij90/',
  ],
};
