import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import { collectErrors, type LaunchedBrowser } from './browser.mjs';
import { openPanel } from './helpers';
import { MESSAGES } from '../../lib/i18n/catalog';

/*
 * A manager who chose Français in Options starts a coaching session: the rep
 * picker, the rep chip, the session, its questions, notes, commitments, the
 * end and the summary, and the history, all found by their French accessible
 * names. The override is stored as Options stores it (storage.local) and
 * removed at the end, and the session is deleted, so the other files run in
 * English on data they know. This file alone opens this deal.
 */
const DEAL = 'https://one.zoho.com/zohoone/acmecorp/home/cxapp/crm/org712345678/tab/Potentials/4876876000007654321';
/** Destructive actions right after the panel appears ask for a second step (components/session/guard.tsx). */
const APPEAR_GUARD_WAIT = 1600;

/**
 * The panel's own start button belongs to the panel area (components/panel):
 * its French name is read from the catalog where that area defines it, so
 * this file follows the panel's wording rather than copying it.
 */
const panelWords = (key: string, english: string) => (MESSAGES as Record<string, { fr: unknown } | undefined>)[key]?.fr as string | undefined ?? english;

let b: LaunchedBrowser;
let page: Page;
let panel: Frame;

async function setLanguage(language: 'fr' | null) {
  const options = await b.context.newPage();
  await options.goto(b.extensionUrl('options.html'));
  await options.evaluate(async (language) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
    if (language) await chrome.storage.local.set({ 'sideline:language': language });
    else await chrome.storage.local.remove('sideline:language');
  }, language);
  await options.close();
}

beforeAll(async () => {
  b = await sharedBrowser();
  await setLanguage('fr');
  page = await b.context.newPage();
});
afterAll(async () => {
  await page.close();
  await setLanguage(null);
});

describe('a coaching session in French', () => {
  it('starts a session by French names: the rep, the start, the contract and the questions', async () => {
    const errors = collectErrors(page);
    await page.goto(DEAL);
    panel = await openPanel(page);
    await panel.getByRole('heading', { level: 1, name: 'Kramerica — Oil bladder' }).waitFor({ timeout: 10_000 });
    await panel.getByRole('region', { name: 'Affaire' }).or(panel.locator('header[aria-label="Affaire"]')).first().waitFor();
    await panel.getByRole('button', { name: 'Corriger les champs' }).waitFor();
    // First time this owner is seen: who is the rep?
    const picker = panel.getByRole('group', { name: 'Qui est ce commercial ?' });
    await picker.waitFor();
    await expect(picker.textContent()).resolves.toContain('Qui est Cosmo Kramer ?');
    await picker.getByRole('button', { name: 'Ajouter le commercial' }).click();
    const chip = panel.getByTestId('rep-chip');
    await chip.waitFor();
    await expect(chip.textContent()).resolves.toMatch(/Cosmo Kramer.*Dans la moyenne.*Confiance bronze.*pas encore coaché/);
    await panel.getByRole('button', { name: 'Modifier le commercial' }).waitFor();

    await panel.getByRole('button', { name: panelWords('panel.startSession', 'Start session') }).click();
    await panel.getByRole('heading', { level: 2, name: 'Séance rapide' }).waitFor();
    await panel.getByRole('timer', { name: 'Durée de la séance' }).waitFor();
    await panel.getByRole('button', { name: 'Détails de l’affaire' }).waitFor();
    await panel.getByRole('textbox', { name: 'Ce que le commercial attend de cette séance' }).fill('Débloquer les achats');
    const plan = panel.getByTestId('question-plan');
    await expect(plan.locator('li').count()).resolves.toBe(3);
    await panel.getByRole('heading', { level: 2, name: 'Questions' }).waitFor();
    await expect(plan.locator('li .chip').first().textContent()).resolves.toBe('Ouverture');
    // A quick session's reason names the stage in French.
    await expect(plan.textContent()).resolves.toContain('Séance rapide en Proposition : la question d’étape qui compte le plus');
    await plan.getByRole('checkbox', { name: /^Posée : / }).first().check();
    await panel.getByRole('textbox', { name: 'La réponse du commercial, avec ses mots' }).fill('Le DAF veut un devis');
    await plan.getByRole('button', { name: /^Remplacer la question : / }).first().waitFor();
    await panel.getByRole('textbox', { name: 'Votre propre question' }).waitFor();
    await panel.getByRole('button', { name: 'Ajouter la question' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('takes notes, hears the coach and records the rep’s commitment in French', async () => {
    const notes = panel.getByRole('textbox', { name: 'Notes' });
    await notes.fill('You need to call procurement today.');
    const coach = panel.getByRole('list', { name: 'Coach : demander plutôt que dire' });
    await coach.waitFor();
    await expect(panel.getByTestId('ask-tell-ratio').textContent()).resolves.toMatch(/^Questions:affirmations \d+:\d+ — /);
    await panel.getByRole('heading', { level: 2, name: 'Engagements' }).waitFor();
    await panel.getByRole('button', { name: 'Ajouter un engagement' }).click();
    await panel.getByRole('textbox', { name: 'L’engagement, avec les mots du commercial' }).fill('J’appelle les achats mardi');
    await panel.getByRole('textbox', { name: 'Comment veux-tu que je fasse le suivi si tu ne tiens pas cet engagement ?' }).fill('Demande-moi lundi');
    await panel.getByRole('radio', { name: 'La mienne' }).check();
    await expect(panel.getByTestId('suggested-by-manager').textContent()).resolves.toContain('Suggéré par vous.');
    await panel.getByRole('radio', { name: 'Du commercial' }).check();
    await expect(panel.getByTestId('suggested-by-manager').count()).resolves.toBe(0);
  });

  it('ends the session into a French summary with a French date, then deletes it from the history', async () => {
    await page.waitForTimeout(APPEAR_GUARD_WAIT);
    await panel.getByRole('button', { name: 'Terminer la séance' }).click();
    await panel.getByRole('heading', { level: 2, name: 'Résumé' }).waitFor();
    const text = (await panel.getByTestId('summary-text').first().textContent()) ?? '';
    expect(text).toContain('Séance de coaching : Kramerica — Oil bladder');
    const today = await panel.evaluate(() => new Date().toLocaleDateString('fr', { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(text).toContain(`Date : ${today}`);
    expect(text).toContain('Commercial : Cosmo Kramer');
    expect(text).toMatch(/Séance rapide, \d+ (s|min)/);
    expect(text).toContain('Ce que le commercial attend de cette séance : Débloquer les achats');
    expect(text).toMatch(/Engagements \(portés par le commercial\) :\n {2}• J’appelle les achats mardi — échéance le .+ ; suivi : Demande-moi lundi/);
    await panel.getByRole('button', { name: 'Copier en Markdown' }).waitFor();
    await panel.getByRole('button', { name: 'Copier en texte brut' }).waitFor();
    await panel.getByRole('button', { name: 'Fermer le résumé' }).click();

    const history = panel.getByRole('region', { name: 'Historique' });
    await history.waitFor();
    await history.locator('details summary').first().click();
    await history.getByRole('button', { name: 'Supprimer la séance' }).click();
    const confirm = history.getByRole('button', { name: /^Oui, supprimer la séance du / });
    if (await confirm.count()) await confirm.click();
    await expect(history.getByRole('status').textContent()).resolves.toContain('Séance supprimée. Elle ne compte plus dans votre semaine.');
    await history.getByRole('button', { name: 'Annuler' }).waitFor();
  });
});
