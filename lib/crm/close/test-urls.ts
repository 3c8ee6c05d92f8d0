import type { DetectorTestUrls } from '../types';

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
