import type { DbFn } from './api';

/**
 * The names of the repository calls the embedded panel makes through the
 * background. Kept apart from api.ts so the panel knows them without bundling
 * Dexie; the compiler checks this list is exactly api.ts's functions.
 */
export const DB_FNS = [
  'openDeal',
  'upsertDealFromContext',
  'setDealOverride',
  'setDealRep',
  'getDeal',
  'getDeals',
  'getRep',
  'listReps',
  'createRep',
  'updateRep',
  'linkOwnerToRep',
  'listStageMappings',
  'setStageMapping',
  'listBanks',
  'getSettings',
  'startSession',
  'getActiveSessionForDeal',
  'endSession',
  'updateSession',
  'patchPlanItem',
  'appendFollowUp',
  'replacePlanItem',
  'addPlanItem',
  'removePlanItem',
  'patchContract',
  'patchGap',
  'sessionsForDeal',
  'sessionsForRep',
  'getSessionNote',
  'saveSessionNote',
  'addCommitment',
  'updateCommitment',
  'deleteCommitment',
  'resolveCommitment',
  'commitmentsForSession',
  'openCommitmentsForRep',
  'openCommitmentsForDeal',
  'beginSession',
  'discardSession',
  'deleteSession',
  'restoreDeletedSession',
  'followUpsForSession',
  'repRecord',
] as const satisfies readonly DbFn[];

// Fails to compile when api.ts gains a function that is not listed above.
type Unlisted = Exclude<DbFn, (typeof DB_FNS)[number]>;
export const ALL_DB_FNS_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
