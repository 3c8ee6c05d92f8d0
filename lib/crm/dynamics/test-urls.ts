import type { DetectorTestUrls } from '../types';

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://contoso.crm4.dynamics.com/main.aspx?etn=opportunity&id=%7B5F1D3C2B-9A8E-4F7D-B6C5-A4B3C2D1E0F9%7D&pagetype=entityrecord', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://contoso.crm11.dynamics.com/main.aspx?pagetype=entityrecord&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9&etn=opportunity&forceUCI=1', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://agency.crm.microsoftdynamics.us/main.aspx?pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://agency.crm.appsplatform.us/main.aspx?pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://contoso.crm.microsoftdynamics.de/main.aspx?pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
  ],
  notDeals: [
    'https://acme.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entitylist&etn=opportunity&viewid=00000000-0000-0000-00aa-000010003000',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=dashboard&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity',
    'https://www.microsoftdynamics.us/main.aspx?pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9',
  ],
};
