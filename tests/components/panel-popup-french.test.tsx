// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/database';
import { addDays, todayIso, weekStartIso } from '../../lib/dates';
import { useDbQuery } from '../../components/data';
import { setLocale } from '../../lib/i18n';
import { formatDate } from '../../lib/session/format';
import type { DealContext } from '../../lib/schema/deal-context';
import type { Commitment } from '../../lib/schema/records';
import { Agenda } from '../../components/popup/agenda';
import { WhatSidelineRead } from '../../components/panel/what-sideline-read';
import { deal, rep } from '../review/fixtures';
import { answerDbCallsHere } from '../support/db-background';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A manager who chose French sees the panel and the popup's agenda in French:
 * the words, and dates and relative days the French way. The popup reads
 * through the background; here a listener answers db:call as the real one does.
 */
const TODAY = todayIso();

/** The popup's agenda as the popup shows it: its live read, then the list. */
function LiveAgenda() {
  const data = useDbQuery((q) => q.loadTodaysAgenda(TODAY, weekStartIso(TODAY)), []);
  return <Agenda data={data} today={TODAY} />;
}
const settle = () => new Promise((r) => setTimeout(r, 60));
let root: Root | undefined;

async function show(node: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    root = createRoot(host);
    root.render(node);
    await settle();
  });
  return host;
}

beforeAll(async () => {
  await answerDbCallsHere();
  setLocale('fr', 'fr-FR');
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});
afterAll(() => setLocale('en'));

describe('the popup’s agenda in French', () => {
  it('says today’s coaching, the overdue follow-up, the rep’s open commitment and what to focus on in French, with a French date', async () => {
    const T = '2026-01-01T00:00:00.000Z';
    const overdue: Commitment = {
      id: 'c1', sessionId: 'old', dealId: 'd1', repId: 'mia', text: 'Cartographier le groupe d’achat', dueDate: addDays(TODAY, -2),
      followUp: 'En point individuel', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: T, updatedAt: T, resolvedAt: null,
    };
    await getDb().reps.put(rep('mia', 'middle', { name: 'Mia' }));
    await getDb().deals.put(deal('d1', 'mia', T, { name: 'Globex — extension' }));
    await getDb().commitments.put(overdue);

    const host = await show(<LiveAgenda />);
    for (let i = 0; i < 20 && !host.querySelector('[data-rep-id="mia"]'); i++) await act(settle);
    expect(host.querySelector('h1')!.textContent).toBe('Le coaching du jour');
    expect(host.textContent).toContain(formatDate(TODAY));
    expect(formatDate(TODAY)).not.toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(`${TODAY}T12:00:00`)));
    expect(host.querySelector('[data-testid="ledger"]')!.textContent).toBe('Aucune séance de coaching cette semaine pour l’instant.');
    expect(host.querySelector('#due-h')!.textContent).toBe('À suivre (1)');
    const line = host.querySelector('[data-commitment-id="c1"]')!;
    expect(line.textContent).toMatch(/^en retard \(il y a 2 jours\)/);
    expect(line.getAttribute('title')).toBe('Suivi choisi par le commercial : En point individuel');
    expect([...line.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Fait', 'Manqué', 'Reporter']);
    const row = host.querySelector('[data-rep-id="mia"]')!;
    expect(row.textContent).toContain('Engagement en cours : Cartographier le groupe d’achat (échéance : il y a 2 jours)');
    expect(row.textContent).toContain('Axe : Faire d’abord le suivi de son engagement');
    expect(row.textContent).toContain('Jamais coaché');
    expect(host.textContent).not.toMatch(/Open deal|Open commitment|Focus|Follow up|Never coached|Done|Missed|Snooze|Who to coach/);
  });
});

describe('“What Sideline read” in the panel, in French', () => {
  it('names each field and says what was found, from the address or not at all, in French', async () => {
    const context: DealContext = {
      crm: 'salesforce-lightning', dealId: '0065g00000NonmAAAA', host: 'acme.lightning.force.com',
      url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000NonmAAAA/view',
      name: { value: 'Affaire 0065g00000NonmAAAA', source: 'url' }, stage: { value: 'Qualification', source: 'label: Étape' },
      amount: null, closeDate: null, owner: null,
    };
    const host = await show(<WhatSidelineRead context={context} tabId={null} />);
    const toggle = host.querySelector('button')!;
    expect(toggle.textContent).toBe('▸ Ce que Sideline a lu');
    expect(host.querySelector('section')!.getAttribute('aria-label')).toBe('Ce que Sideline a lu');
    await act(async () => toggle.click());
    const rows = [...host.querySelectorAll('dt')].map((dt) => `${dt.textContent} = ${dt.nextElementSibling!.textContent}`);
    expect(rows[0]).toBe('Nom de l’affaire = depuis l’adresseabsent de la page : pris dans l’adresse');
    expect(rows[1]).toBe('Étape = trouvélabel: Étape');
    expect(rows[2]).toBe('Montant = introuvablerien ne correspond');
    expect(host.textContent).toContain('Copier le rapport de page');
  });
});
