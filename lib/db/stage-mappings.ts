import { getDb, newId } from './database';
import type { CrmId } from '../schema/deal-context';
import type { StageMapping } from '../schema/records';
import type { CanonicalStage } from '../schema/stage';
import { normalizeStageLabel } from '../crm/stage-map';

export async function listStageMappings(): Promise<StageMapping[]> {
  return getDb().stageMappings.toArray();
}

/** The manager's answer to "which coaching stage is this?", remembered per CRM and label. */
export async function setStageMapping(crm: CrmId, label: string, stage: CanonicalStage): Promise<void> {
  const db = getDb();
  const key = normalizeStageLabel(label);
  await db.transaction('rw', db.stageMappings, async () => {
    const existing = await db.stageMappings.where('[crm+label]').equals([crm, key]).first();
    if (existing) await db.stageMappings.update(existing.id, { stage });
    else await db.stageMappings.add({ id: newId(), crm, label: key, stage });
  });
}

export async function deleteStageMapping(id: string): Promise<void> {
  await getDb().stageMappings.delete(id);
}
