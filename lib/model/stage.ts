import { stageLabel } from './stage-label';

/**
 * The coaching stages Sideline plans questions for. Every CRM's own stage
 * labels map onto these (see lib/crm/stage-map.ts), so the coaching engine
 * never needs to know which CRM a deal came from.
 */
export const CANONICAL_STAGES = [
  'prospecting',
  'qualification',
  'discovery',
  'solution',
  'proposal',
  'negotiation',
  'closing',
  'won',
  'lost',
] as const;
export type CanonicalStage = (typeof CANONICAL_STAGES)[number];

/**
 * A stage's name as the manager reads it: each read answers in the page's
 * language (lib/model/stage-label.ts), so every screen that shows
 * `STAGE_LABELS[stage]` follows the manager's language. Extension pages only:
 * the content script never reads it (and its bundle drops it).
 */
export const STAGE_LABELS: Readonly<Record<CanonicalStage, string>> = {
  get prospecting() {
    return stageLabel('prospecting');
  },
  get qualification() {
    return stageLabel('qualification');
  },
  get discovery() {
    return stageLabel('discovery');
  },
  get solution() {
    return stageLabel('solution');
  },
  get proposal() {
    return stageLabel('proposal');
  },
  get negotiation() {
    return stageLabel('negotiation');
  },
  get closing() {
    return stageLabel('closing');
  },
  get won() {
    return stageLabel('won');
  },
  get lost() {
    return stageLabel('lost');
  },
};
