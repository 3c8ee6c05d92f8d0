// `npm run screenshots`: headless PNGs of the panel on a demo deal, the panel
// alone at 360 px, the popup and the options page, for the README, in English
// (tests/e2e/screenshots/en) and in French (tests/e2e/screenshots/fr).
// Deterministic: a fixed clock, time zone and language, and counted ids and
// "random" numbers in every page and in the service worker, so a second run
// rewrites the same bytes (git status stays clean).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION, launchBrowser, ROOT } from './browser.mjs';
import { dockPanelFrame, dockPart } from './dock.mjs';

const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const SF = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
/** Monday 23 November 2026, 09:30 in UTC: the date every screenshot shows. */
const FIXED_TIME = Date.UTC(2026, 10, 23, 9, 30);
process.env.TZ = 'UTC';

/**
 * Runs in the service worker and, as an init script, in every page and frame:
 * the same sequence of ids and random numbers on every run. Ids differ per
 * context (a prefix from the context's name) so two pages never make the same one.
 */
function makeRepeatable({ time, context }) {
  if (time !== undefined) {
    const Real = Date;
    globalThis.Date = class extends Real {
      constructor(...args) {
        if (args.length === 0) super(time);
        else super(...args);
      }
      static now() {
        return time;
      }
    };
  }
  let hash = 0;
  for (const c of context + (globalThis.location?.href ?? '')) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  let n = 0;
  crypto.randomUUID = () => `${hash.toString(16).padStart(8, '0')}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  let seed = hash || 1;
  Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  // Options shows how much the database holds, which varies by a few KB from run to run.
  const storage = globalThis.navigator?.storage;
  if (storage?.estimate) storage.estimate = async () => ({ usage: 2_400_000, quota: 8_000_000_000, usageDetails: { indexedDB: 2_400_000 } });
}

/** Every screenshot: CSS transitions and animations finished, no caret (Playwright's options), so no frame is caught mid-way. */
const STILL = { animations: 'disabled', caret: 'hide' };

/**
 * Waits until the page and its frames (the panel's iframe) stop changing
 * size: a resize or a colour-scheme change reflows the page, then the panel,
 * a few frames apart. Focus leaves text fields so no focus ring is half drawn,
 * and the pointer rests where it lights nothing up.
 */
async function settle(page) {
  // The pointer rests on the panel's title bar: no control shows a hover state by chance.
  const size = page.viewportSize();
  await page.mouse.move(Math.floor((size?.width ?? 360) - 180), 4);
  // Finite CSS transitions and animations, the dock's too (its closed shadow root counts as the document's), run to their end.
  for (const f of page.frames()) {
    await f
      .evaluate(() =>
        Promise.race([
          Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => {}))),
          new Promise((done) => setTimeout(done, 3000)),
        ]),
      )
      .catch(() => {});
  }
  const signature = () =>
    Promise.all(
      page.frames().map((f) =>
        f
          .evaluate(() => {
            if (document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea')) document.activeElement.blur();
            return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(`${innerWidth}x${innerHeight}:${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}:${scrollY}`))));
          })
          .catch(() => 'gone'),
      ),
    ).then((all) => all.join('|'));
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    await page.waitForTimeout(150);
    const now = await signature();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * Settles the page, then captures until two captures in a row are the same
 * pixels: a tile the compositor first draws roughly and then again in full
 * never ends up in a picture.
 */
async function shot(page, file) {
  await settle(page);
  let previous = await page.screenshot(STILL);
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(200);
    const now = await page.screenshot(STILL);
    if (now.equals(previous)) break;
    previous = now;
  }
  writeFileSync(file, previous);
}

/**
 * The built catalog (`_locales`, written from lib/i18n at build time): a
 * control is found by its English name or by the French text of the same key,
 * so the script finds the French screens by their French names, and still
 * works for a screen whose French has not landed yet.
 */
const messages = (lang) => JSON.parse(readFileSync(path.join(EXTENSION, `_locales/${lang}/messages.json`), 'utf8'));
const EN_MESSAGES = messages('en');
const FR_MESSAGES = messages('fr');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What each language's demo manager types: the same situation, in their own words. */
const TYPED = {
  en: {
    notes: 'Dana feels good about the champion. You need to call procurement today.',
    repWants: 'A plan to get the pilot signed before the holidays',
    cover: 'Who signs the pilot, and what each of them needs to see',
    flowNotes: 'Sam has the IT lead on side. You need to call procurement today.',
    commitment: 'I will book the security review with IT by Friday',
  },
  fr: {
    notes: 'Dana est confiante au sujet du champion. Tu dois appeler les achats aujourd’hui.',
    repWants: 'Un plan pour faire signer le pilote avant les fêtes',
    cover: 'Qui signe le pilote, et ce que chacun doit voir',
    flowNotes: 'Sam a le responsable informatique de son côté. Tu dois appeler les achats aujourd’hui.',
    commitment: 'Je réserve la revue de sécurité avec l’informatique d’ici vendredi',
  },
};

async function shoot(lang) {
  const OUT = path.join(SHOTS, lang);
  mkdirSync(OUT, { recursive: true });
  const typed = TYPED[lang];
  /** An accessible name: the English text, or in French the same key's French text (or the English while that screen is not translated). */
  const N = (english) => {
    if (lang === 'en') return english;
    const names = new Set([english]);
    for (const [key, m] of Object.entries(EN_MESSAGES)) if (m.message === english && FR_MESSAGES[key]) names.add(FR_MESSAGES[key].message);
    return new RegExp(`^(?:${[...names].map(escapeRe).join('|')})$`);
  };
  // One raster thread, whole tiles, one colour profile: the same page paints the same pixels on every run.
  const raster = ['--num-raster-threads=1', '--disable-partial-raster', '--force-color-profile=srgb'];
  const b = await launchBrowser({ args: [lang === 'fr' ? '--lang=fr-FR' : '--lang=en-US', ...raster] });
  try {
    // Pages and their frames (the panel iframe too): Playwright's clock, fixed but with timers running.
    await b.context.clock.setFixedTime(FIXED_TIME);
    await b.context.addInitScript(makeRepeatable, { context: 'page' });
    const [worker] = b.context.serviceWorkers();
    await worker.evaluate(makeRepeatable, { time: FIXED_TIME, context: 'worker' });
    // The language override of Options (lib/i18n/preference.ts), read by every page before its first paint.
    await worker.evaluate((language) => chrome.storage.local.set({ 'sideline:language': language }), lang);
    const page = await b.context.newPage();
    await page.goto(SF);
    await dockPart(page, 'launcher').click();
    // The pointer leaves the dock's tab, so no hover state shows in the picture.
    await page.mouse.move(400, 700);
    const frame = await dockPanelFrame(page);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    // A rep and a started session make the picture worth a look.
    if (await frame.getByRole('button', { name: N('Add rep') }).count()) {
      await frame.getByRole('button', { name: N('Add rep') }).click();
    }
    await frame.getByRole('button', { name: N('Start session') }).click();
    await frame.getByTestId('question-plan').waitFor();
    await frame.getByRole('textbox', { name: N('Notes') }).fill(typed.notes);
    await page.waitForTimeout(600);
    await frame.evaluate(() => window.scrollTo(0, 0));
    await shot(page, path.join(OUT, 'panel-salesforce.png'));

    const alone = await b.context.newPage();
    await alone.setViewportSize({ width: 360, height: 900 });
    await alone.goto(b.extensionUrl('popup.html'));
    await alone.locator('h1').waitFor();
    await shot(alone, path.join(OUT, 'popup.png'));

    await alone.setViewportSize({ width: 1000, height: 900 });
    await alone.goto(b.extensionUrl('options.html'));
    await alone.locator('h1').first().waitFor();
    await alone.waitForTimeout(300);
    await shot(alone, path.join(OUT, 'options.png'));

    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(300);
    await shot(page, path.join(OUT, 'panel-360.png'));

    // The same panel when the system asks for dark colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await shot(page, path.join(OUT, 'panel-360-dark.png'));
    // The session flow at 360 px: prepared, running (light and dark), and the summary.
    const SF_FLOW = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000InitAAAQ/view';
    const flowPage = await b.context.newPage();
    await flowPage.setViewportSize({ width: 360, height: 800 });
    await flowPage.goto(SF_FLOW);
    // The panel was left open on the first page, and that choice is remembered.
    // The dock is a closed shadow root: its panel frame is found through the frame tree (tests/e2e/dock.mjs).
    const flow = await dockPanelFrame(flowPage, 30_000);
    await flow.getByRole('heading', { level: 1 }).waitFor();
    if (await flow.getByRole('button', { name: N('Add rep') }).count()) await flow.getByRole('button', { name: N('Add rep') }).click();
    await flow.getByRole('button', { name: N('Plan full session') }).click();
    await flow.getByRole('textbox', { name: N('What the rep wants from today') }).fill(typed.repWants);
    await flow.getByRole('textbox', { name: N("What we'll cover") }).fill(typed.cover);
    await flow.getByRole('radio', { name: N('Strategic') }).check();
    await flowPage.waitForTimeout(600);
    await flow.evaluate(() => window.scrollTo(0, 0));
    await shot(flowPage, path.join(OUT, 'session-prepared-360.png'));
    await flow.getByRole('button', { name: N('Begin') }).first().click();
    await flow.getByRole('timer', { name: N('Session time') }).waitFor();
    await flow.getByRole('textbox', { name: N('Notes') }).fill(typed.flowNotes);
    await flow.getByRole('button', { name: N('Add commitment') }).click();
    await flow.getByRole('textbox', { name: N("Commitment, in the rep's words") }).fill(typed.commitment);
    await flowPage.waitForTimeout(600);
    // The notes with the coach's mark, under the sticky timer.
    // Scrolled once the layout has settled, so the same layout gives the same scroll position.
    await settle(flowPage);
    // A whole-pixel scroll from the settled layout, short of the page end (whose height can vary by a pixel between runs).
    await flow.evaluate(() => {
      const el = document.querySelector('[data-finding]');
      if (el) window.scrollTo(0, Math.round(el.getBoundingClientRect().top + window.scrollY - 300));
    });
    await shot(flowPage, path.join(OUT, 'session-running-360.png'));
    await flowPage.emulateMedia({ colorScheme: 'dark' });
    await flowPage.waitForTimeout(300);
    await shot(flowPage, path.join(OUT, 'session-running-360-dark.png'));
    await flowPage.emulateMedia({ colorScheme: 'light' });
    await flowPage.waitForTimeout(1600); // ending right after the panel appears asks for a second step
    await flow.getByRole('button', { name: N('End session') }).click();
    await flow.getByTestId('summary-text').first().waitFor();
    // The rep chip catches up with the ended session ("coached today") before the picture.
    await flow.getByText(N('not coached yet')).waitFor({ state: 'hidden' });
    await settle(flowPage);
    const copy = await flow.getByRole('button', { name: N('Copy as Markdown') }).boundingBox();
    await flow.evaluate((bottom) => window.scrollTo(0, Math.max(0, Math.round(window.scrollY + bottom - innerHeight + 24))), (copy?.y ?? 0) + (copy?.height ?? 0));
    await flowPage.waitForTimeout(300);
    await shot(flowPage, path.join(OUT, 'session-summary-360.png'));
    console.log(`Screenshots written to ${path.relative(process.cwd(), OUT)}/`);
  } finally {
    await b.close();
  }
}

// One language at a time, each in a fresh browser profile, so neither set depends on the other.
const only = process.argv[2];
for (const lang of ['en', 'fr']) if (!only || only === lang) await shoot(lang);
