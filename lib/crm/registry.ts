import type { CrmAdapter } from './types';
import { salesforceLightning } from './salesforce-lightning';
import { salesforceClassic } from './salesforce-classic';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { dynamics } from './dynamics';
import { zoho } from './zoho';
import { close } from './close';

/** Every supported CRM. Custom sites join at run time (createCustomAdapter). */
export const ADAPTERS: readonly CrmAdapter[] = [salesforceLightning, salesforceClassic, hubspot, pipedrive, dynamics, zoho, close];

/** Host match patterns of every supported CRM: the content script's matches and the panel's web-accessible matches. */
export const CRM_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

export function findAdapter(url: URL, adapters: readonly CrmAdapter[] = ADAPTERS): { adapter: CrmAdapter; dealId: string } | null {
  for (const adapter of adapters) {
    const m = adapter.detectDeal(url);
    if (m) return { adapter, dealId: m.dealId };
  }
  return null;
}
