import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

/** The French Lightning opportunity the content-script tests run on. */
export const SF_DEAL_URL = 'https://acme-fr.lightning.force.com/lightning/r/Opportunity/0061t00000FrncAAAE/view';

/**
 * Puts that fixture in happy-dom at its URL (its scripts left out) and keeps
 * the dock's closed shadow root for the test, which the page never gets.
 * Call from beforeAll in a `@vitest-environment happy-dom` file, before the
 * content script runs; `vi.restoreAllMocks()` in afterAll undoes the spy.
 */
export function loadDealPage(): { dock: () => ShadowRoot | undefined } {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(SF_DEAL_URL);
  const html = readFileSync(path.resolve(__dirname, '../fixtures/salesforce-lightning/opportunity-fr.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html.replace(/<script[\s\S]*?<\/script>/g, ''), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  let shadow: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    if (this.tagName === 'SIDELINE-DOCK') shadow = root;
    return root;
  });
  return { dock: () => shadow };
}

/**
 * Runs the built content script's `main` on the loaded page as WXT would, and
 * waits for its dock. Returns what WXT does when the extension is reloaded:
 * the content script's invalidation (its callbacks, then its signal).
 */
export async function startContentScript(): Promise<() => void> {
  const invalidated: Array<() => void> = [];
  const stop = new AbortController();
  invalidated.push(() => stop.abort());
  const { default: script } = await import('../../entrypoints/crm.content/index');
  script.main({ isInvalid: false, signal: stop.signal, addEventListener: () => {}, onInvalidated: (cb: () => void) => void invalidated.push(cb) } as never);
  await vi.waitFor(() => {
    if (!document.querySelector('sideline-dock')) throw new Error('no dock yet');
  });
  return () => invalidated.forEach((cb) => cb());
}
