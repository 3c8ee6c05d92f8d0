import type { DealUrlMatch, DetectorTestUrls } from '../types';

// Any region: crm.dynamics.com, crm4.dynamics.com, crm11.dynamics.com …
const HOST = /^[a-z0-9-]+\.crm\d*\.dynamics\.com$/;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export function detectDeal(url: URL): DealUrlMatch | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname) || url.pathname.toLowerCase() !== '/main.aspx') return null;
  // Parameters come in any order (EasyRepro); URLSearchParams also decodes %7B…%7D.
  const q = url.searchParams;
  if (q.get('pagetype') !== 'entityrecord' || q.get('etn') !== 'opportunity') return null;
  const m = GUID.exec(q.get('id') ?? '');
  return m ? { dealId: m[1]!.toLowerCase() } : null;
}

export const testUrls: DetectorTestUrls = {
  deals: [
    ['https://acme.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://contoso.crm4.dynamics.com/main.aspx?etn=opportunity&id=%7B5F1D3C2B-9A8E-4F7D-B6C5-A4B3C2D1E0F9%7D&pagetype=entityrecord', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
    ['https://contoso.crm11.dynamics.com/main.aspx?pagetype=entityrecord&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9&etn=opportunity&forceUCI=1', '5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9'],
  ],
  notDeals: [
    'https://acme.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entitylist&etn=opportunity&viewid=00000000-0000-0000-00aa-000010003000',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=dashboard&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9',
    'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity',
  ],
};
