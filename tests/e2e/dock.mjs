// Sideline's dock lives in a closed shadow root, which page scripts, and so
// Playwright's selectors, cannot enter. The tests reach it as the browser's
// own tools do: the DevTools protocol's DOM tree pierces closed roots, and
// clicks go through the real mouse (trusted, like the manager's).

/** @type {WeakMap<import('playwright-core').Page, Promise<import('playwright-core').CDPSession>>} */
const sessions = new WeakMap();
function cdp(page) {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

const attrs = (node) => {
  const out = {};
  for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) out[node.attributes[i]] = node.attributes[i + 1];
  return out;
};

/** The dock's element with data-sideline=`part`, or null. */
async function find(page, part) {
  const s = await cdp(page);
  const { root } = await s.send('DOM.getDocument', { depth: -1, pierce: true });
  let found = null;
  const walk = (node, inDock) => {
    if (found) return;
    const here = inDock || node.nodeName === 'SIDELINE-DOCK';
    if (here && attrs(node)['data-sideline'] === part) {
      found = { backendNodeId: node.backendNodeId, attributes: attrs(node) };
      return;
    }
    for (const c of node.children ?? []) walk(c, here);
    for (const c of node.shadowRoots ?? []) walk(c, here);
  };
  walk(root, false);
  return found;
}

async function box(page, backendNodeId) {
  const s = await cdp(page);
  try {
    const { model } = await s.send('DOM.getBoxModel', { backendNodeId });
    const q = model.border;
    return { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2, width: model.width, height: model.height };
  } catch {
    return null; // not rendered
  }
}

/**
 * A Locator-like handle on one part of the dock ('launcher' or 'panel', the
 * iframe): waitFor, count, getAttribute, isVisible, click, focus.
 */
export function dockPart(page, part) {
  const self = {
    async count() {
      return (await find(page, part)) ? 1 : 0;
    },
    async waitFor({ state = 'attached', timeout = 10_000 } = {}) {
      const until = Date.now() + timeout;
      for (;;) {
        const n = await self.count();
        if (state === 'detached' ? n === 0 : n === 1) return;
        if (Date.now() > until) throw new Error(`Sideline's ${part} did not become ${state} within ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },
    async getAttribute(name) {
      await self.waitFor();
      return (await find(page, part))?.attributes[name] ?? null;
    },
    async isVisible() {
      const el = await find(page, part);
      if (!el || 'hidden' in el.attributes) return false;
      const b = await box(page, el.backendNodeId);
      return !!b && b.width > 0 && b.height > 0;
    },
    async click() {
      await self.waitFor();
      const el = await find(page, part);
      const b = el && (await box(page, el.backendNodeId));
      if (!b) throw new Error(`Sideline's ${part} is not rendered`);
      await page.mouse.click(b.x, b.y);
    },
    async focus() {
      await self.waitFor();
      const el = await find(page, part);
      await (await cdp(page)).send('DOM.focus', { backendNodeId: el.backendNodeId });
    },
  };
  return self;
}

/** The panel frame Sideline's content script made (its URL carries the panel key), once it is there. */
export async function dockPanelFrame(page, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /\/panel\.html#k=[0-9a-f]{32}$/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > until) throw new Error('No Sideline panel frame');
    await page.waitForTimeout(25);
  }
}
