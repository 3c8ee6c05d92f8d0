// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDealPage, startContentScript } from '../support/deal-page-dom';
import { LANGUAGE_KEY } from '../../lib/i18n/preference';
import { createDealPageController, type DealPageMessage } from '../../lib/page/deal-page';
import type { CrmAdapter } from '../../lib/crm/types';

/**
 * A manager who chose French in Options: the content script reads that choice
 * (storage.local, as Options writes it) and the launcher and panel frame speak
 * French; a change of mind reaches an open CRM tab at once.
 */
let page: ReturnType<typeof loadDealPage>;
let invalidate: () => void;

beforeAll(async () => {
  page = loadDealPage();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
  fakeBrowser.runtime.onMessage.addListener((msg: Record<string, unknown>) => (msg.type === 'deal:pending' ? Promise.resolve({ open: false }) : undefined));
  invalidate = await startContentScript();
});
afterAll(() => {
  invalidate();
  vi.restoreAllMocks();
});

const launcher = () => page.dock()!.querySelector<HTMLButtonElement>('[data-sideline="launcher"]')!;
const fromBackground = (msg: unknown) => fakeBrowser.runtime.onMessage.trigger(msg, { id: fakeBrowser.runtime.id } as never, () => {});

describe('the launcher and the panel frame in the language chosen in Options', () => {
  it('labels the launcher in French once the choice is read', async () => {
    await vi.waitFor(() => expect(launcher().title).toBe('Panneau de coaching (Alt+Maj+S)'));
    expect(launcher().textContent).toBe('Sideline');
  });

  it('says Fermer on the open launcher and names the panel frame in French', async () => {
    await fromBackground({ type: 'panel:set-open', open: true });
    expect(launcher().textContent).toBe('Fermer');
    expect(page.dock()!.querySelector('iframe')!.title).toBe('Panneau de coaching Sideline');
  });

  it('follows a change of language made while the CRM tab is open', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    await vi.waitFor(() => expect(launcher().textContent).toBe('Close'));
    expect(launcher().title).toBe('Coaching panel (Alt+Shift+S)');
    expect(page.dock()!.querySelector('iframe')!.title).toBe('Sideline coaching panel');
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    await vi.waitFor(() => expect(launcher().textContent).toBe('Fermer'));
  });

  it('names a deal whose name never rendered “Affaire <id>” from the address, in French', async () => {
    const toy: CrmAdapter = {
      id: 'pipedrive',
      label: 'Toy',
      matches: ['https://toy.example/*'],
      detectDeal: (url) => ({ dealId: url.pathname.split('/').pop()! }),
      extract: () => null,
    };
    const sent: DealPageMessage[] = [];
    const page = createDealPageController({
      doc: document,
      adapters: async () => [toy],
      findAdapter: (url, adapters) => ({ adapter: adapters[0]!, dealId: toy.detectDeal(url)!.dealId }),
      send: (m) => sent.push(m),
      ask: async () => ({ open: false }),
      onDealPage: () => {},
      onNoDeal: () => {},
      nameWaitMs: 20,
      fieldWaitMs: 60,
    });
    await page.go('https://toy.example/deal/77');
    page.leave();
    const detected = sent.filter((m) => m.type === 'deal:detected');
    expect(detected.at(-1)).toMatchObject({ deal: { dealId: '77', name: { value: 'Affaire 77', source: 'url' } } });
  });
});
