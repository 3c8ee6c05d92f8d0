import type { CrmId } from '../schema/deal-context';
import type { CanonicalStage } from '../schema/stage';

/** Lower case, single spaces, no accents, no HubSpot "(Pipeline)" suffix: how stage labels are compared. */
export function normalizeStageLabel(label: string): string {
  return label
    .replace(/\s*\([^()]*\)\s*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

type Map = Record<string, CanonicalStage>;
const norm = (m: Map): Map => Object.fromEntries(Object.entries(m).map(([k, v]) => [normalizeStageLabel(k), v]));

/**
 * Salesforce's default opportunity stages. "Id. Decision Makers" is still
 * learning who decides, so it coaches as discovery; "Perception Analysis"
 * checks how the solution lands, so it coaches as solution.
 */
const salesforceEnglish: Map = {
  Prospecting: 'prospecting',
  Qualification: 'qualification',
  'Needs Analysis': 'discovery',
  'Value Proposition': 'solution',
  'Id. Decision Makers': 'discovery',
  'Perception Analysis': 'solution',
  'Proposal/Price Quote': 'proposal',
  'Negotiation/Review': 'negotiation',
  'Closed Won': 'won',
  'Closed Lost': 'lost',
};
const salesforce = norm({
  ...salesforceEnglish,
  // French orgs
  Prospection: 'prospecting',
  'Analyse des besoins': 'discovery',
  'Proposition de valeur': 'solution',
  'Identification des décideurs': 'discovery',
  'Analyse de la perception': 'solution',
  'Proposition/Devis': 'proposal',
  'Négociation/Révision': 'negotiation',
  'Fermée gagnée': 'won',
  'Fermée perdue': 'lost',
});

export const DEFAULT_STAGE_MAP: Record<CrmId, Map> = {
  'salesforce-lightning': salesforce,
  'salesforce-classic': salesforce,
  // HubSpot's default pipeline: a first meeting is still prospecting; "Decision
  // Maker Bought-In" means the proposal is being weighed; "Contract Sent" is closing.
  hubspot: norm({
    'Appointment Scheduled': 'prospecting',
    appointmentscheduled: 'prospecting',
    'Qualified to Buy': 'qualification',
    qualifiedtobuy: 'qualification',
    'Presentation Scheduled': 'solution',
    presentationscheduled: 'solution',
    'Decision Maker Bought-In': 'proposal',
    decisionmakerboughtin: 'proposal',
    'Contract Sent': 'closing',
    contractsent: 'closing',
    'Closed Won': 'won',
    closedwon: 'won',
    'Closed Lost': 'lost',
    closedlost: 'lost',
  }),
  pipedrive: norm({
    Qualified: 'qualification',
    'Contact Made': 'discovery',
    'Meeting Scheduled': 'discovery',
    'Demo Scheduled': 'solution',
    'Proposal Made': 'proposal',
    'Negotiations Started': 'negotiation',
    Won: 'won',
    Lost: 'lost',
  }),
  // Dynamics' business process flow: Qualify, Develop, Propose, Close.
  dynamics: norm({ Qualify: 'qualification', Develop: 'discovery', Propose: 'proposal', Close: 'closing', Won: 'won', Lost: 'lost' }),
  // Zoho's default deal stages follow Salesforce's, with two of its own.
  zoho: norm({ ...salesforceEnglish, 'Identify Decision Makers': 'discovery', 'Closed-Lost to Competition': 'lost' }),
  close: norm({ 'Demo Completed': 'solution', 'Proposal Sent': 'proposal', 'Contract Sent': 'closing', Won: 'won', Lost: 'lost', Active: 'discovery' }),
  custom: {},
};

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
  return mine?.stage ?? DEFAULT_STAGE_MAP[crm][key] ?? null;
}
