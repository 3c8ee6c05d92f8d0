// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDbCall } from '../../lib/db/api';
import { effectiveDeal } from '../../lib/db/effective-deal';
import { setLocale } from '../../lib/i18n';
import session from '../../lib/i18n/messages/session';
import { SessionView } from '../../components/session/session-view';
import { SessionHistory } from '../../components/session/history';
import { SessionSummary } from '../../components/session/summary';
import { RepRecordLine } from '../../components/session/rep-record';
import { FollowUps } from '../../components/session/commitments';
import { DealHeader, StagePrompt } from '../../components/deal-header';
import { RepChip, RepEditor, RepPicker } from '../../components/rep-chip';
import { CoachFindings } from '../../components/coach-findings';
import { StageSelect } from '../../components/stage-select';
import type { DealContext } from '../../lib/schema/deal-context';
import type { CoachingSession, Commitment, Deal, Rep } from '../../lib/schema/records';
import { answerDbCallsHere } from '../support/db-background';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A French-speaking manager opens a session: the screens of the session area
 * (session view, commitments, follow-ups, history, summary, rep record, deal
 * header, rep chip and picker, coach labels) show French, with French dates
 * and amounts. The "background" is a listener answering db:call in the same
 * context, as in live-reads.test.tsx.
 */
const settle = () => new Promise((r) => setTimeout(r, 80));
const ok = async <T,>(fn: string, ...args: unknown[]) => {
  const r = await runDbCall(fn, args);
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
};

let seeded: { deal: Deal; rep: Rep; active: CoachingSession; ended: CoachingSession; commitment: Commitment };
beforeAll(async () => {
  await answerDbCallsHere();
  const { deal } = await ok<{ deal: Deal }>('recordDealVisit', {
    crm: 'hubspot', dealId: '42', host: 'app.hubspot.com', url: 'https://app.hubspot.com/x/42',
    name: { value: 'Initech — Pilote', source: 't' }, stage: { value: 'Découverte client', source: 't' }, amount: { value: 12500, currency: 'EUR', text: '12 500 €', source: 't' },
    closeDate: { value: '2026-12-15', text: '15/12/2026', source: 't' }, owner: { value: 'Dana Reyes', source: 't' },
  });
  const rep = await ok<Rep>('createRep', { name: 'Dana Reyes', tier: 'middle', trust: 'silver' });
  const plan = [{ questionId: 'q1', text: 'Qui d’autre est concerné ?', role: 'stage', reason: 'Découverte', followUps: [], asked: true, answer: 'Le DAF' }];
  const ended0 = await ok<CoachingSession>('startSession', { dealId: deal.id, repId: rep.id, mode: 'full', kind: 'tactical', timeBoxMin: 60, stage: 'discovery', plan });
  await ok('saveSessionNote', ended0, 'Le juridique bloque.');
  const commitment = await ok<Commitment>('addCommitment', {
    sessionId: ended0.id, dealId: deal.id, repId: rep.id, text: 'J’appelle le DAF', dueDate: '2026-11-27', followUp: 'Demande-moi vendredi', suggestedBy: 'rep',
  });
  const ended = await ok<CoachingSession>('endSession', ended0.id);
  const active = await ok<CoachingSession>('startSession', { dealId: deal.id, repId: rep.id, mode: 'full', kind: 'strategic', timeBoxMin: 30, stage: 'discovery', plan });
  seeded = { deal, rep, active, ended: { ...ended, durationSec: 3900 }, commitment };
});

let root: Root | undefined;
let host: HTMLElement;
async function show(ui: React.ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(ui);
    await settle();
  });
  await act(settle);
  return host;
}

/** English words of ours that differ in French: none may be left on a French screen. */
const ENGLISH = new Set(
  Object.values(session as Record<string, { en: unknown; fr: unknown }>)
    .filter((e) => typeof e.en === 'string' && e.en !== e.fr && !/\{\w+\}/.test(e.en))
    .map((e) => e.en as string),
);
function englishLeft(el: HTMLElement): string[] {
  const found: string[] = [];
  for (const node of el.querySelectorAll('*')) {
    const own = [...node.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
    for (const value of [own, node.textContent?.trim() ?? '', ...['aria-label', 'placeholder', 'title'].map((a) => node.getAttribute(a) ?? '')]) {
      if (ENGLISH.has(value)) found.push(value);
    }
  }
  return [...new Set(found)];
}

beforeAll(() => setLocale('fr'));
afterAll(() => setLocale('en'));
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

const context: DealContext = {
  crm: 'hubspot', dealId: '42', host: 'app.hubspot.com', url: 'https://app.hubspot.com/x/42',
  name: { value: 'Initech — Pilote', source: 't' }, stage: null, amount: null, closeDate: null, owner: null,
};

describe('the session screens in French', () => {
  it('shows a running session in French: its bar, contract, focus, questions, notes, commitments and end button', async () => {
    const el = await show(<SessionView session={seeded.active} today="2026-11-30" swap={() => null} onEnded={() => {}} />);
    const text = el.textContent ?? '';
    for (const words of ['Séance planifiée', 'Axe', 'Stratégique', 'Tactique', 'Durée prévue (min)', 'Contrat de départ', 'Ce que le commercial attend de cette séance', 'Questions', 'Étape', 'Notes', 'Engagements', 'Ajouter un engagement', 'Ajouter une analyse d’écart', 'Terminer la séance']) {
      expect(text, words).toContain(words);
    }
    expect(el.querySelector('[role="timer"]')!.getAttribute('aria-label')).toBe('Durée de la séance');
    expect(el.querySelector('textarea[placeholder="Ce que vous avez entendu. Continuez à demander : « Dis-m’en plus. »"]')).not.toBeNull();
    // The manager's follow-up prompts to the rep say "tu".
    expect([...el.querySelectorAll('button[title="Relance : dites-la, puis écoutez"]')].map((b) => b.textContent)).toEqual(['Dis-m’en plus.', 'Quoi d’autre ?']);
    expect(el.querySelector('[data-testid="ask-tell-ratio"]')!.textContent).toMatch(/^Questions:affirmations \d+:\d+ — /);
    expect(englishLeft(el)).toEqual([]);
  });

  it('shows a prepared session in French, with the French date it was prepared', async () => {
    const prepared = { ...seeded.active, status: 'planned' as const, preparedAt: '2026-11-27T09:00:00.000Z' };
    const el = await show(<SessionView session={prepared} today="2026-11-30" swap={() => null} onEnded={() => {}} />);
    expect(el.querySelector('h2')!.textContent).toBe('Séance préparée');
    expect(el.textContent).toContain('30 min, pas commencée');
    expect(el.querySelector('[data-testid="prepared-note"]')!.textContent).toBe(
      'Préparée le 27 nov. 2026. Rien n’est chronométré avant que vous appuyiez sur Commencer avec le commercial ; le plan attend dans l’agenda du jour.',
    );
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(expect.arrayContaining(['Commencer', 'Abandonner le plan']));
    expect(englishLeft(el)).toEqual([]);
  });

  it('adds the gap analysis and a commitment in French', async () => {
    const el = await show(<SessionView session={{ ...seeded.active, gap: { current: '', desired: '', cause: null } }} today="2026-11-30" swap={() => null} onEnded={() => {}} />);
    expect([...el.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Pas encore clair', 'Compétence', 'Volonté', 'Connaissances', 'Système']);
    await show(
      <FollowUps commitments={[{ ...seeded.commitment, suggestedBy: 'manager' }]} dealsById={new Map([[seeded.deal.id, seeded.deal]])} today="2026-11-30" />,
    );
    const follow = host.textContent ?? '';
    expect(follow).toContain('À suivre d’abord (1)');
    expect(follow).toContain('en retard, prévu il y a 3 jours');
    expect(follow).toContain('sur Initech — Pilote · suggéré par vous');
    expect(follow).toContain('Suivi convenu : « Demande-moi vendredi »');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Tenu', 'Manqué', 'Renégocier']);
    expect(englishLeft(host)).toEqual([]);
  });

  it('shows the history with a French date and duration, and the summary the manager copies in French', async () => {
    const el = await show(<SessionHistory dealId={seeded.deal.id} rep={seeded.rep} />);
    const summary = el.querySelector('details summary')!.textContent!;
    expect(summary).toMatch(/^\d{1,2} nov\. 2026 · Axe tactique · .+ · 1 posée$/);
    expect(el.textContent).toContain('Historique');
    expect(el.textContent).toContain('Supprimer la séance');

    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (s: string) => void copied.push(s) }, configurable: true });
    const s = await show(<SessionSummary session={seeded.ended} deal={effectiveDeal(seeded.deal)} rep={seeded.rep} onClose={() => {}} />);
    const plain = s.querySelector('[data-testid="summary-text"]')!.textContent!;
    expect(plain).toContain('Séance de coaching : Initech — Pilote');
    expect(plain).toContain('Axe tactique, 1 h 5 min');
    expect(plain).toContain('Engagements (portés par le commercial) :\n  • J’appelle le DAF — échéance le 27 nov. 2026 ; suivi : Demande-moi vendredi');
    const button = [...s.querySelectorAll('button')].find((b) => b.textContent === 'Copier en Markdown')!;
    await act(async () => {
      button.click();
      await settle();
    });
    expect(copied[0]).toMatch(/^## Séance de coaching : Initech — Pilote\n\n- Date : \d{1,2} nov\. 2026\n- Commercial : Dana Reyes\n/);
    expect(copied[0]).toContain('### Questions abordées\n- Qui d’autre est concerné ? — Le DAF');
    expect(s.querySelector('[role="status"]')!.textContent).toBe('Markdown copié.');
    expect(englishLeft(s)).toEqual([]);
  });

  it('shows the deal header, the rep and the rep’s record in French, with a French amount and date', async () => {
    const el = await show(
      <>
        <DealHeader deal={seeded.deal} eff={effectiveDeal({ ...seeded.deal, currency: 'EUR' })} context={context} stage="discovery" />
        <RepChip rep={{ ...seeded.rep, lastCoachedAt: '2026-11-27T10:00:00.000Z' }} today="2026-11-30" onEdit={() => {}} />
        <RepEditor rep={seeded.rep} onDone={() => {}} />
        <RepRecordLine repId={seeded.rep.id} />
        <StagePrompt crm="hubspot" label="Découverte client" />
        <StageSelect value="negotiation" onChange={() => {}} label="Étape" />
      </>,
    );
    const dl = [...el.querySelectorAll('dt')].map((d) => d.textContent);
    expect(dl).toEqual(['Étape', 'Montant', 'Date de clôture', 'Responsable']);
    // French amount and date: "12 500 €" (narrow no-break spaces) and "15 déc. 2026".
    expect(el.querySelector('[data-field="amount"]')!.textContent!.replace(/\s/g, ' ')).toBe('12 500 €');
    expect(el.querySelector('[data-field="closeDate"]')!.textContent).toBe('15 déc. 2026');
    expect(el.querySelector('[data-field="stage"] .chip')!.textContent).toBe('Découverte');
    const chip = el.querySelector('[data-testid="rep-chip"]')!.textContent!;
    expect(chip).toContain('Dans la moyenne');
    expect(chip).toContain('Confiance argent');
    expect(chip).toContain('coaché il y a 3 jours');
    expect(el.textContent).toContain('À quelle étape de coaching correspond « Découverte client » ?');
    expect(el.querySelector('[data-testid="rep-record"]')!.textContent).toContain('1 ouvert');
    expect([...el.querySelectorAll('select')[2]!.querySelectorAll('option')].map((o) => o.textContent)).toContain('Négociation');
    expect(englishLeft(el)).toEqual([]);

    const picker = await show(<RepPicker crm="hubspot" ownerName="Sam Lee" dealId={seeded.deal.id} />);
    expect(picker.textContent).toContain('Qui est Sam Lee ?');
    expect(picker.textContent).toContain('Ajouter le commercial');
    expect(englishLeft(picker)).toEqual([]);
  });

  it('would notice English left on a screen (the check above can fail)', async () => {
    setLocale('en');
    try {
      const el = await show(<StagePrompt crm="hubspot" label="Discovery" />);
      expect(englishLeft(el)).toContain('Asked once; change it later in Options.');
    } finally {
      setLocale('fr');
    }
  });

  it('names the coach’s findings and its offer in French', async () => {
    const el = await show(<CoachFindings text="You should call the CFO today." onReplace={() => {}} />);
    const row = el.querySelector('[data-finding]');
    expect(row, 'the coach flags a directive').not.toBeNull();
    expect(el.querySelector('ul')!.getAttribute('aria-label')).toBe('Coach : demander plutôt que dire');
    expect(row!.querySelector('strong')!.textContent).toMatch(/^(Injonction|Conseil|Jugement|Reprise en main|Question fermée|Question orientée|Reproche|Prescription) :$/);
    expect(row!.textContent).toContain('Essayez : « ');
    expect(row!.querySelector('button')!.textContent).toBe('Utiliser');
  });
});
