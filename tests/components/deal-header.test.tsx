// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { DealHeader } from '../../components/deal-header';
import { effectiveDeal } from '../../lib/db/effective-deal';
import type { DealContext } from '../../lib/schema/deal-context';
import type { Deal } from '../../lib/schema/records';
import type { DealFieldName } from '../../lib/model/crm';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const context: DealContext = {
  crm: 'salesforce-lightning',
  dealId: '0065g00000NonmAAAA',
  host: 'acme.lightning.force.com',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000NonmAAAA/view',
  name: { value: 'Deal 0065g00000NonmAAAA', source: 'url' },
  stage: { value: 'Qualification', source: 'label: Stage' },
  amount: null,
  closeDate: null,
  owner: null,
};
const deal = (overrides: Deal['overrides'] = {}): Deal => ({
  id: 'd1',
  key: 'k',
  crm: context.crm,
  host: context.host,
  crmDealId: context.dealId,
  url: context.url,
  name: context.name!.value,
  stageLabel: 'Qualification',
  amount: null,
  currency: null,
  closeDate: null,
  ownerName: null,
  repId: null,
  overrides,
  stageSince: null,
  firstSeenAt: '2026-11-30T00:00:00.000Z',
  lastSeenAt: '2026-11-30T00:00:00.000Z',
});

let root: Root | undefined;
function show(d: Deal, ctx: DealContext, waiting?: DealFieldName[]) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<DealHeader deal={d} eff={effectiveDeal(d)} context={ctx} stage={null} waiting={waiting} />));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

describe('the deal header while the page is still rendering', () => {
  it('says which fields it is waiting for, and does not call them missing yet', () => {
    const host = show(deal(), { ...context, name: { value: 'Globex', source: 'h1' } }, ['amount', 'owner']);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Waiting for the amount, owner…');
    expect(host.querySelector('[data-field="amount"]')!.textContent).toBe('reading…');
    expect(host.querySelector('[data-field="closeDate"]')!.textContent).toBe('missing');
    expect(host.textContent).toContain('The page did not show close date.');
  });

  it('asks for the real name when the page never showed one (the name came from the URL)', () => {
    const host = show(deal(), context);
    expect(host.querySelector('h1')!.textContent).toBe('Deal 0065g00000NonmAAAA');
    expect(host.textContent).toContain('The page did not show deal name, amount, close date, owner.');
    expect(host.querySelector('[role="status"]')).toBeNull();
  });

  it('stops asking once the manager typed the name', () => {
    const host = show(deal({ name: 'Cyberdyne — Renewal' }), context);
    expect(host.querySelector('h1')!.textContent).toBe('Cyberdyne — Renewal');
    expect(host.textContent).toContain('The page did not show amount, close date, owner.');
  });
});
