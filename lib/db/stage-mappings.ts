import { getDb, newId } from './database';
import { checked } from './valid';
import type { CrmId } from '../schema/deal-context';
import { StageMappingSchema, type StageMapping } from '../schema/records';
import { TEXT_LIMITS, clip } from '../schema/limits';
import type { CanonicalStage } from '../schema/stage';
import { normalizeStageLabel } from '../crm/stage-map';

export async function listStageMappings(): Promise<StageMapping[]> {
  return getDb().stageMappings.toArray();
}

/**
 * The manager's answer to "which coaching stage is this?", remembered per CRM
 * and label. The label comes from the CRM page: clipped to what a mapping holds.
 */
export async function setStageMapping(crm: CrmId, label: string, stage: CanonicalStage): Promise<void> {
  const db = getDb();
  const key = clip(normalizeStageLabel(label), TEXT_LIMITS.stageLabel);
  await db.transaction('rw', db.stageMappings, async () => {
    const existing = await db.stageMappings.where('[crm+label]').equals([crm, key]).first();
    await db.stageMappings.put(checked(StageMappingSchema, { id: existing?.id ?? newId(), crm, label: key, stage }, 'The stage mapping'));
  });
}

export async function deleteStageMapping(id: string): Promise<void> {
  await getDb().stageMappings.delete(id);
}
