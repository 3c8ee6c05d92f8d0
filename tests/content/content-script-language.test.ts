// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDealPage, startContentScript } from '../support/deal-page-dom';
import { LANGUAGE_KEY } from '../../lib/i18n/preference';

/**
 * The background answers deal:pending with the manager's language, so a CRM
 * page labels its launcher without setting up the storage API on load (work
 * every CRM page would pay). Changes of mind are followed once the manager
 * uses the launcher, and the choice is read again then.
 */
let page: ReturnType<typeof loadDealPage>;
const storageReads = vi.fn();
let invalidate: () => void;

beforeAll(async () => {
  page = loadDealPage();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: never) => {
    storageReads(keys);
    return get(keys);
  }) as never);
  // The background as it answers: the language comes with the placement.
  fakeBrowser.runtime.onMessage.addListener((msg: Record<string, unknown>) => (msg.type === 'deal:pending' ? Promise.resolve({ open: false, push: false, locale: 'fr' }) : undefined));
  invalidate = await startContentScript();
});
afterAll(() => {
  invalidate();
  vi.restoreAllMocks();
});

const launcher = () => page.dock()!.querySelector<HTMLButtonElement>('[data-sideline="launcher"]')!;

describe('the launcher in the language the background sends', () => {
  it('is labelled in French from the answer to deal:pending, without reading storage', async () => {
    await vi.waitFor(() => expect(launcher().title).toBe('Panneau de coaching (Alt+Maj+S)'));
    expect(launcher().textContent).toBe('Sideline');
    expect(storageReads).not.toHaveBeenCalled();
  });

  it('follows a change of language once the manager points at the launcher', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    // Not followed yet: nobody has looked at the launcher.
    expect(launcher().title).toBe('Panneau de coaching (Alt+Maj+S)');
    launcher().dispatchEvent(new PointerEvent('pointerenter'));
    // The choice made before the manager came back is read then.
    await vi.waitFor(() => expect(launcher().title).toBe('Coaching panel (Alt+Shift+S)'));
    // And later changes are followed as they happen.
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    await vi.waitFor(() => expect(launcher().title).toBe('Panneau de coaching (Alt+Maj+S)'));
  });
});
