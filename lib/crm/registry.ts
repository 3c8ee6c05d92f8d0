import type { CrmAdapter } from './types';
import { salesforceLightning } from './salesforce-lightning';
import { salesforceClassic } from './salesforce-classic';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { dynamics } from './dynamics';
import { zoho } from './zoho';
import { close } from './close';

/**
 * Every supported CRM, one `defineCrm` each (lib/crm/<crm>/index.ts). The one
 * list: CRM ids, content-script and web-accessible matches, the Options labels
 * and stage defaults (catalog.ts, from each folder's about.ts) and the URL
 * cross-tests (each folder's test-urls.ts) all derive from it. Adding a CRM is
 * adding its folder and its line here. Custom sites join at run time (createCustomAdapter).
 */
export const CRM_DEFINITIONS = [salesforceLightning, salesforceClassic, hubspot, pipedrive, dynamics, zoho, close] as const;

export const ADAPTERS: readonly CrmAdapter[] = CRM_DEFINITIONS;

/** Ids of the defined CRMs, then `custom` for the manager's own sites (lib/schema/deal-fields.ts re-exports it). */
type DefinedId = (typeof CRM_DEFINITIONS)[number]['id'];
export const CRM_IDS: readonly [DefinedId, ...Array<DefinedId | 'custom'>] = [CRM_DEFINITIONS[0].id, ...CRM_DEFINITIONS.slice(1).map((a) => a.id), 'custom'];

/** Host match patterns of every supported CRM: the content script's matches and the panel's web-accessible matches. */
export const CRM_MATCHES: readonly string[] = [...new Set(CRM_DEFINITIONS.flatMap((a) => a.matches))];

export function findAdapter(url: URL, adapters: readonly CrmAdapter[] = ADAPTERS): { adapter: CrmAdapter; dealId: string } | null {
  for (const adapter of adapters) {
    const m = adapter.detectDeal(url);
    if (m) return { adapter, dealId: m.dealId };
  }
  return null;
}
