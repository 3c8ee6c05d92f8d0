import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { sessionLabel, summaryMarkdown, summaryPlainText, OUTCOME_LABEL, type SummaryInput } from '../../lib/session/summary';
import { formatDate, formatDuration } from '../../lib/session/format';
import { swapPlanItem } from '../../lib/session/swap';
import type { CoachingSession, Commitment } from '../../lib/schema/records';
import type { QuestionBank } from '../../lib/schema/question';

/** A French-speaking manager copies the summary into the CRM or an email: every word of ours is French. */
const session: CoachingSession = {
  id: 's1', dealId: 'd1', repId: 'r1', mode: 'full', kind: 'tactical', status: 'ended',
  startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T11:05:00.000Z', durationSec: 3900, timeBoxMin: 60,
  contract: { what: 'Les appels de découverte', reason: 'Le trimestre se termine', importance: 'Sa prime', repWants: 'Mieux ouvrir' },
  gap: { current: 'Un seul contact', desired: 'Trois contacts', cause: 'knowledge' },
  plan: [
    { questionId: 'a', text: 'Raconte-moi ton dernier appel.', role: 'stage', reason: '', followUps: [], asked: true, answer: '[Dis-m’en plus.] J’ai trop parlé', promptsUsed: ['Dis-m’en plus.'] },
  ],
  stage: 'discovery', private: true, updatedAt: '2026-11-20T11:05:00.000Z',
};
const c = (over: Partial<Commitment>): Commitment => ({
  id: 'c', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Je poserai trois questions ouvertes', dueDate: '2026-11-27',
  followUp: 'Demande-moi vendredi', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: '', updatedAt: '', resolvedAt: null, ...over,
});
const input: SummaryInput = {
  session,
  deal: { name: 'Globex [pilote]', stageLabel: 'Découverte', amount: 12500, currency: 'EUR', closeDate: null, ownerName: 'Dana' },
  rep: undefined,
  notes: 'Le juridique bloque.',
  commitments: [c({ id: 'c1' }), c({ id: 'c2', text: 'J’enregistrerai l’appel', suggestedBy: 'manager', status: 'done', outcomeNote: 'Fait lundi' })],
};

beforeEach(() => setLocale('fr'));
afterEach(() => setLocale('en'));

describe('the summary a French-speaking manager copies', () => {
  it('is written in French, with a French date and duration', () => {
    const txt = summaryPlainText(input);
    expect(txt.split('\n')[0]).toBe('Séance de coaching : Globex [pilote]');
    expect(txt).toContain('Date : 20 nov. 2026');
    expect(txt).toContain('Commercial : Dana');
    expect(txt).toContain('Étape : Découverte');
    expect(txt).toContain('Axe tactique, 1 h 5 min');
    expect(txt).toContain('Convenu au départ :\n  • Ce que le commercial attend de cette séance : Mieux ouvrir\n  • Quoi : Les appels de découverte');
    expect(txt).toContain('Écart :\n  • Aujourd’hui : Un seul contact\n  • Souhaité : Trois contacts\n  • Cause : connaissances');
    expect(txt).toContain('Questions abordées :\n  • Raconte-moi ton dernier appel. — J’ai trop parlé');
    expect(txt).toContain('Engagements (portés par le commercial) :\n  • Je poserai trois questions ouvertes — échéance le 27 nov. 2026 ; suivi : Demande-moi vendredi');
    expect(txt).toContain('Suggérés par le manager :\n  • J’enregistrerai l’appel — échéance le 27 nov. 2026 ; suivi : Demande-moi vendredi ; Tenu : Fait lundi');
    expect(txt).toContain('Notes :\n  • Le juridique bloque.');
    // None of our English words are left.
    expect(txt).not.toMatch(/Coaching session|Rep:|Stage:|Tactical|Agreed up front|due |follow-up|Kept|Commitments|Suggested by/);
  });

  it('is written in French in Markdown, with the typed and CRM text still escaped', () => {
    const md = summaryMarkdown(input);
    expect(md.startsWith('## Séance de coaching : Globex \\[pilote\\]\n\n- Date : 20 nov. 2026\n- Commercial : Dana\n')).toBe(true);
    expect(md).toContain('### Engagements (portés par le commercial)\n- Je poserai trois questions ouvertes — échéance le 27 nov. 2026 ; suivi : Demande-moi vendredi');
    expect(md).toContain('### Notes\n- Le juridique bloque.');
    // A value that looks like a placeholder or our own words stays the rep's text, escaped, never filled in.
    const tricky = summaryMarkdown({ ...input, deal: { ...input.deal, name: '{deal} <b>x</b>' } });
    expect(tricky.split('\n')[0]).toBe('## Séance de coaching : \\{deal\\} \\<b\\>x\\</b\\>');
  });

  it('keeps the manager’s region for dates (fr-CA) and names a quick session, a session in progress and outcomes in French', () => {
    setLocale('fr', 'fr-CA');
    expect(formatDate('2026-11-27')).toBe(new Date('2026-11-27T12:00:00').toLocaleDateString('fr-CA', { day: 'numeric', month: 'short', year: 'numeric' }));
    const quick = summaryPlainText({ ...input, session: { ...session, mode: 'quick', status: 'active', durationSec: null } });
    expect(quick).toContain('Séance rapide, en cours');
    expect(sessionLabel({ mode: 'full', kind: 'strategic' })).toBe('Axe stratégique');
    expect([OUTCOME_LABEL.open, OUTCOME_LABEL.done, OUTCOME_LABEL.missed, OUTCOME_LABEL.renegotiated]).toEqual(['Ouvert', 'Tenu', 'Manqué', 'Renégocié']);
    expect(formatDuration(90)).toBe('2 min');
  });

  it('follows a change of language while the page is open (labels are looked up when used)', () => {
    expect(summaryPlainText(input)).toContain('Séance de coaching');
    setLocale('en');
    expect(summaryPlainText(input)).toContain('Coaching session: Globex [pilote]');
    expect(OUTCOME_LABEL.done).toBe('Kept');
  });
});

describe('a swapped question in French', () => {
  const bank: QuestionBank = {
    id: 'b', name: 'B', builtIn: false, enabled: true,
    questions: [
      { id: 'q1', text: 'Who signs?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
      { id: 'q2', text: 'Who else is involved?', stages: ['discovery'], category: 'process', tags: [], followUps: [] },
    ],
  };
  it('says it was swapped in French, once, however often it is swapped', () => {
    const plan = [{ questionId: 'q1', text: 'Who signs?', role: 'stage' as const, reason: 'Étape : qui', followUps: [], asked: false, answer: '' }];
    const once = swapPlanItem({ plan, stage: 'discovery' }, 'q1', [bank])!;
    expect(once.reason).toBe('Étape : qui (remplacée)');
    const twice = swapPlanItem({ plan: [once], stage: 'discovery' }, once.questionId, [bank])!;
    expect(twice.reason).toBe('Étape : qui (remplacée)');
  });
});
