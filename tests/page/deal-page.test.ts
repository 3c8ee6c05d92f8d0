// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, findAdapter } from '../../lib/crm/registry';
import type { CrmAdapter } from '../../lib/crm/types';
import { createDealPageController, type DealPageMessage, type DealPageState } from '../../lib/page/deal-page';
import type { DealContext } from '../../lib/schema/deal-context';
import { loadFixture } from '../crm/load-fixture';

/** A small CRM: deals at /deal/<id>, fields in elements with those ids. */
const text = (doc: Document, id: string) => doc.getElementById(id)?.textContent?.trim() || null;
const found = (v: string | null, id: string) => (v ? { value: v, source: `#${id}` } : null);
const toy: CrmAdapter = {
  id: 'pipedrive',
  label: 'Toy',
  matches: ['https://toy.example/*'],
  detectDeal: (url) => {
    const m = url.pathname.match(/^\/deal\/(\w+)$/);
    return m ? { dealId: m[1]! } : null;
  },
  extract(doc, url): DealContext | null {
    if (doc.getElementById('explode')) throw new Error('adapter bug');
    if (!doc.getElementById('record')) return null;
    return {
      crm: 'pipedrive',
      dealId: this.detectDeal(url)!.dealId,
      host: url.host,
      url: url.href,
      name: found(text(doc, 'name'), 'name'),
      stage: found(text(doc, 'stage'), 'stage'),
      amount: null,
      closeDate: null,
      owner: found(text(doc, 'owner'), 'owner'),
    };
  },
};
const findToy = (url: URL, adapters: readonly CrmAdapter[]) => {
  for (const adapter of adapters) {
    const m = adapter.detectDeal(url);
    if (m) return { adapter, dealId: m.dealId };
  }
  return null;
};

function setup(doc: Document = document, adapters: readonly CrmAdapter[] = [toy], find = findToy) {
  const sent: DealPageMessage[] = [];
  const states: DealPageState['name'][] = [];
  const dock = { shown: 0, removed: 0 };
  const page = createDealPageController({
    doc,
    adapters: async () => adapters,
    findAdapter: find,
    send: (m) => sent.push(m),
    ask: async (m) => {
      sent.push(m);
      return { open: false };
    },
    onDealPage: () => dock.shown++,
    onNoDeal: () => dock.removed++,
    onState: (s) => states.push(s.name),
    nameWaitMs: 150,
    fieldWaitMs: 600,
  });
  const detected = () => sent.filter((m): m is Extract<DealPageMessage, { type: 'deal:detected' }> => m.type === 'deal:detected');
  return { page, sent, states, dock, detected };
}
const render = (html: string) => {
  document.body.replaceChildren();
  // The fixture page, parsed as a browser parses a page it loads.
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  document.body.replaceChildren();
});

describe('the deal-page controller', () => {
  it('on a page that is not a deal: no launcher, and the background hears “no deal”', async () => {
    const { page, sent, dock } = setup();
    await page.go('https://toy.example/deals');
    expect(page.state).toEqual({ name: 'no-deal' });
    expect(sent).toEqual([{ type: 'deal:none' }]);
    expect(dock).toEqual({ shown: 0, removed: 1 });
  });

  it('reads a deal as it renders: the name first, then each field, waiting only for what is still missing', async () => {
    render('<div id="record"><h1 id="name">Globex</h1><span id="stage"></span><span id="owner"></span></div>');
    const { page, states, dock, detected, sent } = setup();
    const done = page.go('https://toy.example/deal/42');
    await sleep(0);
    expect(sent[0]).toEqual({ type: 'deal:pending', crm: 'pipedrive', dealId: '42' });
    expect(dock.shown).toBe(1);
    expect(page.state).toMatchObject({ name: 'read', waitingFor: ['stage', 'amount', 'closeDate', 'owner'] });
    expect(detected()[0]).toMatchObject({ deal: { name: { value: 'Globex' } }, waiting: ['stage', 'amount', 'closeDate', 'owner'] });
    document.getElementById('stage')!.textContent = 'Proposal';
    await sleep(60);
    expect(detected().at(-1)).toMatchObject({ deal: { stage: { value: 'Proposal' } }, waiting: ['amount', 'closeDate', 'owner'] });
    await done;
    // Time is up: what is still missing is missing, no longer awaited.
    expect(detected().at(-1)!.waiting).toBeUndefined();
    expect(page.state).toMatchObject({ name: 'read', waitingFor: [] });
    expect(states[0]).toBe('reading');
  });

  it('never waits forever: without a name it sends what it read as “Deal <id>”, and a name that renders later wins', async () => {
    render('<div id="record"><h1 id="name"></h1><span id="stage">Qualification</span></div>');
    const { page, detected } = setup();
    const done = page.go('https://toy.example/deal/77');
    await sleep(40);
    expect(page.state.name).toBe('reading');
    expect(detected()).toEqual([]);
    await sleep(200);
    expect(page.state.name).toBe('failed');
    expect(detected().at(-1)!.deal).toMatchObject({ dealId: '77', name: { value: 'Deal 77', source: 'url' }, stage: { value: 'Qualification' } });
    // A field that renders meanwhile still reaches the panel.
    const owner = document.createElement('span');
    owner.id = 'owner';
    owner.textContent = 'Dana Reyes';
    document.getElementById('record')!.append(owner);
    await sleep(60);
    expect(detected().at(-1)!.deal).toMatchObject({ name: { value: 'Deal 77' }, owner: { value: 'Dana Reyes' } });
    document.getElementById('name')!.textContent = 'Initech — Pilot';
    await sleep(60);
    expect(page.state.name).toBe('read');
    expect(detected().at(-1)!.deal.name).toEqual({ value: 'Initech — Pilot', source: '#name' });
    await done;
  });

  it('falls back to the URL when the page shows nothing at all, or the CRM definition throws', async () => {
    render('<div id="explode"></div>');
    const { page, detected } = setup();
    await page.go('https://toy.example/deal/9');
    expect(page.state.name).toBe('failed');
    expect(detected().at(-1)!.deal).toEqual({
      crm: 'pipedrive',
      dealId: '9',
      host: 'toy.example',
      url: 'https://toy.example/deal/9',
      name: { value: 'Deal 9', source: 'url' },
      stage: null,
      amount: null,
      closeDate: null,
      owner: null,
    });
  });

  it('gives each deal its own signal: leaving deal A before its name shows never reports A', async () => {
    render('<div id="record"><h1 id="name"></h1></div>');
    const { page, detected, dock } = setup();
    void page.go('https://toy.example/deal/1');
    await sleep(20);
    render('<div id="record"><h1 id="name">Deal B’s name</h1></div>');
    const b = page.go('https://toy.example/deal/2');
    await sleep(300); // past A's name deadline
    expect(detected().map((m) => m.deal.dealId)).toEqual(['2']);
    expect(dock.shown).toBe(1); // one launcher for the tab, kept across deals
    await b;
  });

  it('does not report the previous deal’s fields under the next deal’s id (single-page CRMs change the URL first)', async () => {
    render('<div id="record"><h1 id="name">Globex</h1><span id="stage">Proposal</span><span id="owner">Dana</span></div>');
    const { page, detected } = setup();
    void page.go('https://toy.example/deal/1');
    await sleep(10);
    void page.go('https://toy.example/deal/2');
    await sleep(40);
    expect(detected().filter((m) => m.deal.dealId === '2')).toEqual([]);
    render('<div id="record"><h1 id="name">Initech</h1><span id="stage">Discovery</span><span id="owner">Sam</span></div>');
    await sleep(60);
    expect(detected().at(-1)!.deal).toMatchObject({ dealId: '2', name: { value: 'Initech' } });
  });

  it('after a single-page navigation to a deal already on the page, the panel hears the new deal at once, with no “reading” step first', async () => {
    render('<div id="record"><h1 id="name">Globex</h1><span id="stage">Proposal</span><span id="owner">Dana</span></div>');
    const { page, sent } = setup();
    void page.go('https://toy.example/deal/1');
    await sleep(0);
    render('<div id="record"><h1 id="name">Initech</h1><span id="stage">Qualification</span><span id="owner">Ravi</span></div>');
    const before = sent.length;
    void page.go('https://toy.example/deal/2');
    await sleep(0);
    expect(sent.slice(before)).toEqual([{ type: 'deal:detected', deal: expect.objectContaining({ dealId: '2', name: { value: 'Initech', source: '#name' } }), waiting: ['amount', 'closeDate'] }]);
    // A deal still rendering after a navigation is announced first, as on the first page.
    render('<div id="record"><h1 id="name"></h1></div>');
    const later = sent.length;
    void page.go('https://toy.example/deal/3');
    await sleep(0);
    expect(sent.slice(later)).toEqual([{ type: 'deal:pending', crm: 'pipedrive', dealId: '3' }]);
    page.leave();
  });

  it('stops for good when the content script is invalidated', async () => {
    render('<div id="record"><h1 id="name"></h1></div>');
    const { page, sent } = setup();
    void page.go('https://toy.example/deal/5');
    await sleep(10);
    page.leave();
    const before = sent.length;
    await sleep(250);
    await page.go('https://toy.example/deal/6');
    expect(page.state).toEqual({ name: 'left' });
    expect(sent.length).toBe(before);
  });

  it('on a Lightning record whose name never renders, sends the stage and amount it read under “Deal <id>”', async () => {
    const { doc } = loadFixture('salesforce-lightning/opportunity-name-never-renders.html');
    const { page, detected } = setup(doc, ADAPTERS, findAdapter);
    await page.go('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000NonmAAAA/view');
    expect(page.state.name).toBe('failed');
    expect(detected().at(-1)!.deal).toMatchObject({
      crm: 'salesforce-lightning',
      name: { value: 'Deal 0065g00000NonmAAAA', source: 'url' },
      stage: { value: 'Qualification' },
      amount: { value: 75000 },
    });
  });
});

vi.setConfig({ testTimeout: 5000 });
