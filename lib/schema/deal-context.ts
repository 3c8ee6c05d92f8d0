import * as z from 'zod/mini';
import { CRM_IDS, DEAL_FIELDS, DEAL_LIMITS, dealKey } from '../model/crm';

export { CRM_IDS, DEAL_FIELDS, dealKey };

/**
 * What a CRM adapter reads off a deal page, as the background checks it on
 * receipt (the content script and the embedded panel import only types from
 * here; the panel checks with lib/model/deal-guard.ts, kept equal by a test).
 */
export const CrmId = z.enum(CRM_IDS);
export type CrmId = z.infer<typeof CrmId>;

export const DealFieldName = z.enum(DEAL_FIELDS);
export type DealFieldName = z.infer<typeof DealFieldName>;

/** Where a value was found, e.g. `selector: records-highlights2 h1` or `label: Étape`. */
const Source = z.string().check(z.maxLength(DEAL_LIMITS.source));
/** Scraped text is capped: a hostile page must not be able to flood a message. */
const Text = z.string().check(z.minLength(1), z.maxLength(DEAL_LIMITS.text));
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const FoundText = z.object({ value: Text, source: Source });
export type FoundText = z.infer<typeof FoundText>;

export const FoundAmount = z.object({
  value: z.number().check(z.refine(Number.isFinite, 'finite')),
  /** ISO 4217 code when the page shows one or a symbol we recognise, else null. */
  currency: z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/))),
  /** The text as shown on the page, e.g. "$120,000.00". */
  text: Text,
  source: Source,
});
export type FoundAmount = z.infer<typeof FoundAmount>;

export const FoundDate = z.object({ value: IsoDate, text: Text, source: Source });
export type FoundDate = z.infer<typeof FoundDate>;

/**
 * A deal as read from the page. A field the adapter could not find is `null`:
 * it is reported missing, never guessed.
 */
export const DealContext = z.object({
  crm: CrmId,
  /** The CRM's own record id from the URL (Salesforce 006…, HubSpot number, Dynamics GUID…). */
  dealId: z.string().check(z.minLength(1), z.maxLength(DEAL_LIMITS.dealId)),
  /** Host of the CRM, so ids from two orgs never collide. */
  host: z.string().check(z.minLength(1), z.maxLength(DEAL_LIMITS.host)),
  url: z.string().check(z.maxLength(DEAL_LIMITS.url)),
  /** For custom sites: which configured site matched. */
  siteId: z.optional(z.string().check(z.maxLength(DEAL_LIMITS.siteId))),
  name: z.nullable(FoundText),
  stage: z.nullable(FoundText),
  amount: z.nullable(FoundAmount),
  closeDate: z.nullable(FoundDate),
  owner: z.nullable(FoundText),
});
export type DealContext = z.infer<typeof DealContext>;
