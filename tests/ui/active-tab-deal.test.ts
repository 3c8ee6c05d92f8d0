import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followActiveTabDeal, type ActiveTabDeal } from '@/lib/ui/active-tab-deal';
import { tabDealKey } from '@/lib/model/messages';
import { dealContext } from '../support/deal-context';

/**
 * The panel in the browser's side panel shows the deal of the active tab of
 * its window. Here the background's tab-deals is a stand-in that answers from
 * storage.session, where the real one keeps each tab's deal.
 */
const DEAL_A = dealContext();
const DEAL_B = dealContext({
  dealId: '006000000000002AAA',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/006000000000002AAA/view',
  name: { value: 'Initech — renewal', source: 'test' },
});
let asked: unknown[];

async function windowWithTabs() {
  const win = (await fakeBrowser.windows.create({ focused: true }))!;
  const crmA = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://acme.pipedrive.com/deal/1', active: true });
  const crmB = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://acme.pipedrive.com/deal/2' });
  const mail = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://mail.example.com/' });
  await fakeBrowser.storage.session.set({
    [tabDealKey(crmA.id!)]: { state: 'ready', deal: DEAL_A },
    [tabDealKey(crmB.id!)]: { state: 'ready', deal: DEAL_B },
  });
  return { win, crmA: crmA.id!, crmB: crmB.id!, mail: mail.id! };
}

/** The background's side of panel:get-deal (answered through sendResponse, as fakeBrowser's sendMessage expects). */
function answer(reply: (msg: { type?: string; tabId?: number }) => Promise<unknown>) {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onMessage.addListener((msg: { type?: string; tabId?: number }, _sender, sendResponse: (r: unknown) => void) => {
    if (msg.type !== 'panel:get-deal') return undefined;
    void reply(msg).then(sendResponse);
    return true;
  });
}

function follow() {
  const states: ActiveTabDeal[] = [];
  const stop = new AbortController();
  followActiveTabDeal((s) => states.push(s), stop.signal);
  const last = () => states.at(-1);
  return { states, last, stop };
}

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  answer((msg) => {
    asked.push(msg);
    const key = tabDealKey(msg.tabId!);
    return fakeBrowser.storage.session.get(key).then((s) => {
      const stored = s[key] as { state: string; deal: unknown } | undefined;
      return stored ? { tabId: msg.tabId, ...stored } : { tabId: msg.tabId, state: 'none', deal: null };
    });
  });
});

describe('the side panel follows the active tab’s deal', () => {
  it('shows the deal of the tab that is active in its window when it opens', async () => {
    const { crmA } = await windowWithTabs();
    const { last } = follow();
    await vi.waitFor(() => expect(last()).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_A }));
    expect(asked).toEqual([{ type: 'panel:get-deal', tabId: crmA }]);
  });

  it('switches to the other deal when the manager switches tabs, and to "none" on a tab without a deal', async () => {
    const { crmB, mail } = await windowWithTabs();
    const { last } = follow();
    await vi.waitFor(() => expect(last()?.status).toBe('ready'));
    await fakeBrowser.tabs.update(crmB, { active: true });
    await vi.waitFor(() => expect(last()).toEqual({ status: 'ready', tabId: crmB, deal: DEAL_B }));
    await fakeBrowser.tabs.update(mail, { active: true });
    await vi.waitFor(() => expect(last()).toEqual({ status: 'none', tabId: mail }));
  });

  it('follows an in-app navigation of the active tab as its content script reports it', async () => {
    const { crmA } = await windowWithTabs();
    const { last } = follow();
    await vi.waitFor(() => expect(last()?.status).toBe('ready'));
    // The CRM moved to another deal without a page load: reading, then the new deal.
    await fakeBrowser.storage.session.set({ [tabDealKey(crmA)]: { state: 'pending', deal: null } });
    await vi.waitFor(() => expect(last()).toEqual({ status: 'pending', tabId: crmA }));
    await fakeBrowser.storage.session.set({ [tabDealKey(crmA)]: { state: 'ready', deal: DEAL_B } });
    await vi.waitFor(() => expect(last()).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_B }));
    // Left the deal for a list: nothing to show.
    await fakeBrowser.storage.session.remove(tabDealKey(crmA));
    await vi.waitFor(() => expect(last()).toEqual({ status: 'none', tabId: crmA }));
  });

  it('hears the shown tab’s content script directly, and nobody else', async () => {
    const { crmA, crmB } = await windowWithTabs();
    const { last, states } = follow();
    await vi.waitFor(() => expect(last()).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_A }));
    const contentScript = (tab: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tab }, frameId: 0, url: 'https://acme.lightning.force.com/' });
    const detectedB = { type: 'deal:detected', deal: DEAL_B, waiting: ['amount'] };
    // Another tab's content script, a sub-frame, another extension: not heard.
    await fakeBrowser.runtime.onMessage.trigger(detectedB, contentScript(crmB) as never, () => {});
    await fakeBrowser.runtime.onMessage.trigger(detectedB, { ...contentScript(crmA), frameId: 2 } as never, () => {});
    await fakeBrowser.runtime.onMessage.trigger(detectedB, { ...contentScript(crmA), id: 'someone-else' } as never, () => {});
    expect(states.at(-1)).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_A });
    // The shown tab's own content script: at once, with the fields it still waits for.
    await fakeBrowser.runtime.onMessage.trigger(detectedB, contentScript(crmA) as never, () => {});
    expect(states.at(-1)).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_B, waiting: ['amount'] });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'deal:none' }, contentScript(crmA) as never, () => {});
    expect(states.at(-1)).toEqual({ status: 'none', tabId: crmA });
  });

  it('ignores tab switches in other windows and changes to tabs it does not show', async () => {
    const { crmA, crmB } = await windowWithTabs();
    const other = (await fakeBrowser.windows.create({}))!;
    const { last, states } = follow();
    await vi.waitFor(() => expect(last()).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_A }));
    const elsewhere = await fakeBrowser.tabs.create({ windowId: other.id, url: 'https://acme.pipedrive.com/deal/9' });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: elsewhere.id!, windowId: other.id! });
    await fakeBrowser.storage.session.set({ [tabDealKey(crmB)]: { state: 'pending', deal: null } });
    await new Promise((r) => setTimeout(r, 20));
    expect(states.at(-1)).toEqual({ status: 'ready', tabId: crmA, deal: DEAL_A });
    expect(asked).toHaveLength(1);
  });

  it('never shows a slow answer about a tab the manager already left', async () => {
    const { crmA, crmB } = await windowWithTabs();
    // The answer about deal A comes late; B's at once.
    answer((msg) =>
      msg.tabId === crmA
        ? new Promise((r) => setTimeout(() => r({ tabId: crmA, state: 'ready', deal: DEAL_A }), 50))
        : Promise.resolve({ tabId: crmB, state: 'ready', deal: DEAL_B }),
    );
    const { states } = follow();
    await new Promise((r) => setTimeout(r, 5));
    await fakeBrowser.tabs.update(crmB, { active: true });
    await new Promise((r) => setTimeout(r, 80));
    expect(states).toEqual([{ status: 'ready', tabId: crmB, deal: DEAL_B }]);
  });

  it('says so when the background answers something unexpected, and stops listening once closed', async () => {
    const { crmB } = await windowWithTabs();
    answer(() => Promise.resolve({ tabId: 1, state: 'ready', deal: { name: '<b>' } }));
    const { last, stop, states } = follow();
    await vi.waitFor(() => expect(last()?.status).toBe('error'));
    stop.abort();
    const before = states.length;
    await fakeBrowser.tabs.update(crmB, { active: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(states).toHaveLength(before);
  });
});
