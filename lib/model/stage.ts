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

export const STAGE_LABELS: Record<CanonicalStage, string> = {
  prospecting: 'Prospecting',
  qualification: 'Qualification',
  discovery: 'Discovery',
  solution: 'Solution',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closing: 'Closing',
  won: 'Won',
  lost: 'Lost',
};
