import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';

/** Senders as Chrome describes them to the background. */
export const ID = fakeBrowser.runtime.id;
export const EXT = `chrome-extension://${ID}`;
export const CRM_URL = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
export const KEY = 'a'.repeat(32);
export const OTHER_KEY = 'b'.repeat(32);

export const contentScript = (tabId = 5, url = CRM_URL) => ({ id: ID, url, tab: { id: tabId }, frameId: 0 });
/** The panel iframe a content script made (key or not), or one the page made: same URL, same tab. */
export const panelFrame = (tabId = 5) => ({ id: ID, url: `${EXT}/panel.html`, tab: { id: tabId }, frameId: 7 });
export const topLevelPanel = (tabId = 5) => ({ id: ID, url: `${EXT}/panel.html`, tab: { id: tabId }, frameId: 0 });
export const popup = () => ({ id: ID, url: `${EXT}/popup.html` });
export const optionsPage = () => ({ id: ID, url: `${EXT}/options.html`, tab: { id: 9 }, frameId: 0 });
export const panelWindow = (forTab = 5) => ({ id: ID, url: `${EXT}/panel-window.html?tab=${forTab}`, tab: { id: 11 }, frameId: 0 });
export const otherExtension = () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/x.html' });

/** The events fakeBrowser does not model, as no-op events (the tests fire the ones they need). */
export function stubUnmodelledEvents() {
  const event = () => {
    const listeners: Array<(...a: any[]) => unknown> = [];
    return { addListener: (l: (...a: any[]) => unknown) => listeners.push(l), listeners };
  };
  const b = fakeBrowser as any;
  b.permissions = { onAdded: event(), onRemoved: event(), contains: vi.fn(async () => false) };
  b.commands = { onCommand: event() };
  return { onCommand: b.commands.onCommand as ReturnType<typeof event> };
}

/** Sends a message to the background as Chrome would; its answer, or 'no answer' when no listener answers. */
export async function send(raw: unknown, sender: object): Promise<unknown> {
  let respond!: (r: unknown) => void;
  const answered = new Promise((r) => (respond = r));
  const results = await fakeBrowser.runtime.onMessage.trigger(raw, sender as never, respond as never);
  if (!(results as unknown[]).some((r) => r === true)) return 'no answer';
  return answered;
}
