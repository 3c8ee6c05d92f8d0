import { describe, expect, it } from 'vitest';
import { DealReply, parseMessage } from '../../lib/messaging/protocol';
import { DealContext } from '../../lib/schema/deal-context';
import { parseDealContext, parseDealMessage, parseDealReply } from '../../lib/model/deal-guard';

/**
 * The embedded panel checks deals without zod; these tests keep that check
 * equal to the schemas the background uses, on valid deals and on every
 * single-field corruption of them.
 */
const valid: DealContext = {
  crm: 'salesforce-lightning',
  dealId: '0065g00000GlbxAAAH',
  host: 'acme.lightning.force.com',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view',
  name: { value: 'Globex — 500-seat expansion', source: 'selector: records-highlights2 h1' },
  stage: { value: 'Needs Analysis', source: 'label: Stage' },
  amount: { value: 120000, currency: 'USD', text: '$120,000.00', source: 'label: Amount' },
  closeDate: { value: '2026-12-01', text: '12/1/2026', source: 'label: Close Date' },
  owner: { value: 'Dana Reyes', source: 'label: Opportunity Owner' },
};
const sparse: DealContext = { ...valid, crm: 'custom', siteId: 'site-1', stage: null, amount: null, closeDate: null, owner: null };

const BAD_VALUES: unknown[] = [undefined, null, '', 'x', 'x'.repeat(501), 'x'.repeat(2001), 0, -1, 1.5, NaN, Infinity, true, [], {}, { value: 'a' }, '2026-1-1', 'usd', 'EUR'];

/** Every deal that differs from `base` in one place, at the top level or one level down. */
function corruptions(base: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(base)) {
    for (const bad of BAD_VALUES) out.push({ ...base, [k]: bad });
    const { [k]: _gone, ...without } = base;
    out.push(without);
    if (v && typeof v === 'object') {
      for (const inner of Object.keys(v)) {
        for (const bad of BAD_VALUES) out.push({ ...base, [k]: { ...(v as object), [inner]: bad } });
        out.push({ ...base, [k]: { ...(v as object), extra: '<b>x</b>' } });
      }
    }
  }
  out.push({ ...base, extra: 1 });
  return out;
}

const deals: unknown[] = [valid, sparse, ...corruptions(valid), ...corruptions(sparse), null, undefined, 'deal', [valid], 42];

describe('the embedded panel’s check of deals', () => {
  it('accepts exactly the deals the DealContext schema accepts, with only the known keys', () => {
    let accepted = 0;
    for (const raw of deals) {
      const zod = DealContext.safeParse(raw);
      if (zod.success) accepted++;
      expect(parseDealContext(raw), JSON.stringify(raw)?.slice(0, 120)).toEqual(zod.success ? zod.data : null);
    }
    // Both kinds are exercised.
    expect(accepted).toBeGreaterThan(5);
    expect(accepted).toBeLessThan(deals.length - 100);
  });

  it('accepts exactly the content script messages the protocol accepts', () => {
    const samples: unknown[] = [
      { type: 'deal:none' },
      { type: 'deal:pending', crm: 'hubspot', dealId: '123' },
      { type: 'deal:pending', crm: 'hubspot' },
      { type: 'deal:pending', crm: 'x'.repeat(41), dealId: '1' },
      { type: 'db:call', fn: 'deleteEverything', args: [] },
      ...deals.map((deal) => ({ type: 'deal:detected', deal })),
      ...deals.slice(0, 40).map((deal) => ({ type: 'deal:detected', deal, waiting: ['stage', 'owner'] })),
      { type: 'deal:detected', deal: valid, waiting: ['nope'] },
      { type: 'deal:detected', deal: valid, waiting: 'stage' },
    ];
    for (const raw of samples) {
      const msg = parseMessage(raw);
      const expected = msg && (msg.type === 'deal:none' || msg.type === 'deal:pending' || msg.type === 'deal:detected') ? msg : null;
      expect(parseDealMessage(raw), JSON.stringify(raw)?.slice(0, 120)).toEqual(expected);
    }
  });

  it('accepts exactly the background replies the DealReply schema accepts', () => {
    const samples: unknown[] = [
      { tabId: 3, state: 'ready', deal: valid },
      { tabId: null, state: 'none', deal: null },
      { tabId: 3, state: 'pending', deal: null },
      { tabId: -1, state: 'none', deal: null },
      { tabId: 1.5, state: 'none', deal: null },
      { tabId: 2 ** 60, state: 'none', deal: null },
      { tabId: '3', state: 'none', deal: null },
      { tabId: 3, state: 'done', deal: null },
      { tabId: 3, state: 'ready' },
      { state: 'none', deal: null },
      ...deals.map((deal) => ({ tabId: 7, state: 'ready', deal })),
    ];
    for (const raw of samples) {
      const zod = DealReply.safeParse(raw);
      expect(parseDealReply(raw), JSON.stringify(raw)?.slice(0, 120)).toEqual(zod.success ? zod.data : null);
    }
  });
});
