// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Placement "side" (Chrome build): the deal page gets the launcher, which
 * opens the browser's side panel, and never the panel iframe, even when the
 * panel was left open in the page before.
 */
const SF = 'https://acme-fr.lightning.force.com/lightning/r/Opportunity/0061t00000FrncAAAE/view';
const sent: Array<Record<string, unknown>> = [];
let shadow: ShadowRoot | undefined;

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(SF);
  const html = readFileSync(path.resolve(__dirname, '../fixtures/salesforce-lightning/opportunity-fr.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html.replace(/<script[\s\S]*?<\/script>/g, ''), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    if (this.tagName === 'SIDELINE-DOCK') shadow = root;
    return root;
  });
  fakeBrowser.reset();
  // The background: the manager chose the browser's side panel (and had left the in-page panel open).
  fakeBrowser.runtime.onMessage.addListener((msg: Record<string, unknown>, _sender, sendResponse: (r: unknown) => void) => {
    sent.push(msg);
    if (msg.type !== 'deal:pending') return undefined;
    sendResponse({ open: true, push: false, side: true });
    return true;
  });
  const { default: script } = await import('../../entrypoints/crm.content/index');
  script.main({ isInvalid: false, addEventListener: () => {}, onInvalidated: () => {} } as never);
  await vi.waitFor(() => expect(sent.some((m) => m.type === 'deal:detected')).toBe(true));
});
afterAll(() => {
  vi.restoreAllMocks();
});

const launcher = () => shadow!.querySelector<HTMLButtonElement>('[data-sideline="launcher"]')!;

describe('the "browser side panel" placement on a deal page', () => {
  it('still reports the deal (the side panel shows it) but puts no panel into the page', async () => {
    await new Promise((r) => setTimeout(r, 20));
    expect(launcher().textContent).toBe('Sideline');
    expect(launcher().hasAttribute('aria-expanded')).toBe(false);
    expect(shadow!.querySelector('iframe')).toBeNull();
    expect(sent.some((m) => m.type === 'panel:register')).toBe(false);
  });

  it('ignores a request to open the in-page panel', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'panel:set-open', open: true }, { id: fakeBrowser.runtime.id } as never, () => {});
    expect(shadow!.querySelector('iframe')).toBeNull();
    expect(document.documentElement.style.marginRight).toBe('');
  });
});
