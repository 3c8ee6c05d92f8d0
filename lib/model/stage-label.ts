import type { CanonicalStage } from './stage';
import type { Locale } from '../i18n/types';
import { tc, type CoachKey } from '../coaching/text';

/**
 * A stage's name as the manager reads it, in the manager's language (or the
 * one passed in). `STAGE_LABELS[stage]` (lib/model/stage.ts) reads through here.
 */
export const STAGE_LABEL_KEYS = {
  prospecting: 'coach.stage.prospecting',
  qualification: 'coach.stage.qualification',
  discovery: 'coach.stage.discovery',
  solution: 'coach.stage.solution',
  proposal: 'coach.stage.proposal',
  negotiation: 'coach.stage.negotiation',
  closing: 'coach.stage.closing',
  won: 'coach.stage.won',
  lost: 'coach.stage.lost',
} as const satisfies Record<CanonicalStage, CoachKey>;

export function stageLabel(stage: CanonicalStage, locale?: Locale): string {
  return tc(STAGE_LABEL_KEYS[stage], undefined, locale);
}
