import type { CrmId } from '../schema/deal-context';
import type { CanonicalStage } from '../schema/stage';
import { DEFAULT_STAGES } from './catalog';
import { normalizeStageLabel } from './stage-label';

export { normalizeStageLabel };

type Map = Record<string, CanonicalStage>;
const norm = (m: Readonly<Map>): Map => Object.fromEntries(Object.entries(m).map(([k, v]) => [normalizeStageLabel(k), v]));

/** Every CRM's default stage map (from its lib/crm/<crm>/about.ts), keys normalized. */
export const DEFAULT_STAGE_MAP = Object.fromEntries(Object.entries(DEFAULT_STAGES).map(([crm, m]) => [crm, norm(m)])) as Record<CrmId, Map>;

export interface UserStageMapping {
  crm: CrmId;
  label: string;
  stage: CanonicalStage;
}

/** The coaching stage of a CRM stage label: the manager's mapping wins, then the defaults; unknown is null. */
export function mapStage(crm: CrmId, label: string, user: readonly UserStageMapping[] = []): CanonicalStage | null {
  const key = normalizeStageLabel(label);
  if (!key) return null;
  const mine = user.find((m) => m.crm === crm && normalizeStageLabel(m.label) === key);
  return mine?.stage ?? DEFAULT_STAGE_MAP[crm]?.[key] ?? null;
}
