import type { CrmId } from '../schema/deal-context';
import type { CanonicalStage } from '../schema/stage';
import { CRM_DEFINITIONS } from './registry';
import type { CrmAbout } from './types';

/**
 * What Options and the panel show of each CRM, derived from the registry's
 * list and each folder's about.ts. Extension pages only: the content script
 * never imports this, so names and stage maps cost it nothing.
 */
const ABOUT = import.meta.glob<CrmAbout>('./*/about.ts', { eager: true, import: 'default' });

export function aboutCrm(id: string): CrmAbout {
  const about = ABOUT[`./${id}/about.ts`];
  if (!about) throw new Error(`lib/crm/${id}/about.ts is missing`);
  return about;
}

/** Custom sites have no folder of their own: the manager maps their stages. */
const CUSTOM: CrmAbout = { label: 'Custom sites', stages: {} };

export const CRM_CATALOG: ReadonlyArray<CrmAbout & { id: CrmId }> = [
  ...CRM_DEFINITIONS.map((d) => ({ id: d.id, ...aboutCrm(d.id) })),
  { id: 'custom' as const, ...CUSTOM },
];

/** The name of each CRM as Options and the panel show it. */
export const CRM_LABELS = Object.fromEntries(CRM_CATALOG.map((c) => [c.id, c.label])) as Record<CrmId, string>;

/** Each CRM's default stage map, raw labels as its about.ts writes them. */
export const DEFAULT_STAGES = Object.fromEntries(CRM_CATALOG.map((c) => [c.id, c.stages])) as Record<CrmId, Readonly<Record<string, CanonicalStage>>>;
