/**
 * How long each stored text may be. One table, no zod: the record schemas
 * (records.ts) check against it, repositories clip text that came from a CRM
 * page to it, and text inputs take their `maxLength` from it, so what a
 * manager can type is always what a backup can restore.
 */
export const TEXT_LIMITS = {
  id: 100,
  repName: 120,
  /** Normalised CRM owner name a rep is linked by. */
  ownerKey: 200,
  /** Deal name, stage label, owner name as read from the CRM page or corrected by the manager. */
  dealText: 500,
  dealKey: 600,
  host: 253,
  crmDealId: 200,
  url: 2000,
  planItemText: 500,
  planItemReason: 300,
  planItemFollowUp: 200,
  answer: 20_000,
  /** Up-front contract and gap fields. */
  contractField: 2000,
  note: 100_000,
  commitmentText: 2000,
  commitmentFollowUp: 2000,
  outcomeNote: 2000,
  /** Followed-up commitments kept inside one session record (version 7); any beyond stay in the commitments table. */
  resolvedCommitmentsPerSession: 500,
  stageLabel: 500,
  customSiteName: 120,
  urlPattern: 500,
  selector: 500,
  fieldLabel: 200,
  questionText: 500,
  /** ISO 4217 code, e.g. EUR. */
  currency: 3,
} as const;

/** Cuts text from a CRM page to what may be stored; a long owner name is not the manager's mistake to fix. */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

export function clipOrNull(text: string | null | undefined, max: number): string | null {
  return text == null ? null : clip(text, max);
}
