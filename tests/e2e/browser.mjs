// One way to start Chromium with the built extension and the demo CRM pages,
// shared by the browser tests, `npm start`, `npm run screenshots` and the
// benchmarks. CRM URLs are served from tests/fixtures by request routing: no
// test and no demo needs the network.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const DEMO_INDEX = 'https://sideline.demo/';

/** Every fixture's URLs, from the `<!-- url: … -->` comments at its top. */
export function fixtureRoutes() {
  /** @type {Map<string, string>} */
  const routes = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const head = readFileSync(file, 'utf8').slice(0, 4000);
        for (const m of head.matchAll(/<!--\s*url:\s*(\S+)\s*-->/g)) routes.set(m[1], file);
      }
    }
  };
  walk(FIXTURES);
  return routes;
}

function findFixture(routes, href) {
  if (routes.has(href)) return routes.get(href);
  const u = new URL(href);
  // Same page with another query (Lightning's console ?ws=…); Dynamics keeps its query in the key.
  return routes.get(u.origin + u.pathname) ?? null;
}

function demoIndexHtml(routes) {
  const byCrm = new Map();
  for (const [url, file] of routes) {
    const crm = path.relative(FIXTURES, file).split(path.sep)[0];
    if (!byCrm.has(crm)) byCrm.set(crm, []);
    byCrm.get(crm).push([url, path.basename(file, '.html')]);
  }
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const sections = [...byCrm].map(
    ([crm, links]) =>
      `<h2>${esc(crm)}</h2><ul>${links.map(([u, n]) => `<li><a href="${esc(u)}">${esc(n)}</a> <small>${esc(u)}</small></li>`).join('')}</ul>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>Sideline demo CRM pages</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:900px;margin:32px auto;padding:0 16px;color:#1d2420}h1{color:#2f5d50}small{color:#777}</style>
<h1>Sideline demo CRM pages</h1><p>These pages are served offline from <code>tests/fixtures</code>. Open a deal and press the <b>Sideline</b> tab at the right edge (or Alt+Shift+S).</p>${sections.join('')}`;
}

/** Serves fixtures for CRM URLs and aborts every other web request. */
export async function installRoutes(context) {
  const routes = fixtureRoutes();
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    if (url === DEMO_INDEX) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: demoIndexHtml(routes) });
    const file = route.request().resourceType() === 'document' ? findFixture(routes, url) : null;
    if (file) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    return route.abort('blockedbyclient');
  });
  return routes;
}

export function chromiumPath() {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`No Chromium at ${p}. Run through "bash .ci/toolchain.sh …" or set CHROMIUM_PATH.`);
  return p;
}

/**
 * Starts Chromium with the unpacked extension. Headless uses Chromium's new
 * headless mode, which loads extensions.
 * @param {{ headless?: boolean, extensionPath?: string, args?: string[], viewport?: {width:number,height:number} | null }} [opts]
 */
export async function launchBrowser(opts = {}) {
  const { headless = true, extensionPath = EXTENSION, args = [], viewport = { width: 1280, height: 800 } } = opts;
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sideline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...args,
    ],
  });
  await installRoutes(context);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Console errors and uncaught exceptions of a page, collected as they happen. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
