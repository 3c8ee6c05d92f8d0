import type { DealContext } from '../../lib/schema/deal-context';

/**
 * A deal as a CRM page would report it (Salesforce Lightning, the demo deal
 * "Globex — 500 seats"), for tests of what Sideline does with a deal it read.
 * Tests override the fields they are about.
 */
export function dealContext(over: Partial<DealContext> = {}): DealContext {
  return {
    crm: 'salesforce-lightning',
    dealId: '006000000000001AAA',
    host: 'acme.lightning.force.com',
    url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000001AAA/view',
    name: { value: 'Globex — 500 seats', source: 'test' },
    stage: { value: 'Needs Analysis', source: 'test' },
    amount: { value: 120000, currency: 'USD', text: '$120,000.00', source: 'test' },
    closeDate: { value: '2026-12-15', text: '12/15/2026', source: 'test' },
    owner: { value: 'Dana Reyes', source: 'test' },
    ...over,
  };
}
