// Starts Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the
// built Firefox add-on installed as a temporary add-on, and serves the demo CRM
// pages from tests/fixtures by intercepting requests, as the Chromium tests do
// with Playwright's routing (so no DNS, no certificates and no network).
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, fixtureRoutes } from '../e2e/browser.mjs';

export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv2');

export function firefoxPath() {
  const p = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(p)) throw new Error(`No Firefox at ${p}. Run through "bash .ci/toolchain.sh …" (installs firefox-esr) or set FIREFOX_PATH.`);
  return p;
}

/** Serves the fixture for a CRM deal URL (document requests) and aborts every other web request. */
async function serveFixtures(page, routes) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return void req.continue();
    const u = new URL(url);
    const file = req.isNavigationRequest() ? (routes.get(url) ?? routes.get(u.origin + u.pathname)) : undefined;
    if (file) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    return void req.abort('blockedbyclient');
  });
}

export async function launchFirefox({ extensionPath = FIREFOX_EXTENSION } = {}) {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionPath}: run "npx wxt build -b firefox" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Quiet and offline: no first-run pages, updates or telemetry pings.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const addonId = await browser.installExtension(extensionPath);
  const routes = fixtureRoutes();
  return {
    browser,
    addonId,
    async newPage() {
      const page = await browser.newPage();
      await serveFixtures(page, routes);
      return page;
    },
    close: () => browser.close(),
  };
}
