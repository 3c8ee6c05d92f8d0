import { afterEach, describe, expect, it } from 'vitest';
import { basePlanInput } from '../support/plan-input';
import { BUILTIN_BANK, lintCoachingText, planSession, servableQuestions, whyNotServed, type PlanInput } from '../../lib/coaching';
import { BUILTIN_QUESTIONS_FR } from '../../lib/coaching/builtin-bank-fr';
import { builtinBank } from '../../lib/coaching/bank-language';
import { MESSAGES } from '../../lib/i18n/catalog';
import { detectLanguage } from '../../lib/coaching/language';
import { splitSentences } from '../../lib/coaching/lint';
import { swapPlanItem } from '../../lib/session/swap';
import { stageName } from '../../lib/coaching/stage-name';
import { stageLabel } from '../../lib/session/labels';
import { setLocale } from '../../lib/i18n';
import { CANONICAL_STAGES } from '../../lib/model/stage';
import { QuestionBankSchema, type QuestionBank } from '../../lib/schema/question';
import type { PlanItem } from '../../lib/schema/records';

afterEach(() => setLocale('en'));

const french = (text: string) => splitSentences(text).every((s) => detectLanguage(s.text) === 'fr');
const english = (text: string) => splitSentences(text).every((s) => detectLanguage(s.text) === 'en');
const frBank = builtinBank('fr');

describe('the built-in bank in French', () => {
  it('has a French version of every built-in question, and nothing else', () => {
    const ids = BUILTIN_BANK.questions.map((q) => q.id);
    expect(Object.keys(BUILTIN_QUESTIONS_FR).sort()).toEqual([...ids].sort());
    expect(QuestionBankSchema.parse(frBank)).toBeTruthy();
    expect(frBank.questions.map((q) => q.id)).toEqual(ids);
  });

  it('is written in French, with French reasons and follow-up prompts, and the same stages and categories', () => {
    const notFrench: string[] = [];
    for (const [i, q] of frBank.questions.entries()) {
      const en = BUILTIN_BANK.questions[i]!;
      expect(q.text, q.id).not.toBe(en.text);
      if (!french(q.text)) notFrench.push(`${q.id}: ${q.text}`);
      expect(q.stages).toEqual(en.stages);
      expect(q.category).toBe(en.category);
      expect(q.followUps).toEqual(['Dis-m’en plus.', 'Quoi d’autre ?']);
      expect(q.why === undefined, q.id).toBe(en.why === undefined);
      if (q.why) expect(french(q.why), q.why).toBe(true);
    }
    expect(notFrench).toEqual([]);
    expect(frBank.name).toBe('Questions intégrées de Sideline');
  });

  it('asks only open, non-leading questions: the French coach flags none of them, nor their follow-up prompts', () => {
    const flagged: string[] = [];
    for (const q of frBank.questions) {
      for (const text of [q.text, ...q.followUps]) {
        const findings = lintCoachingText(text);
        if (findings.length) flagged.push(`${q.id}: ${text} → ${findings.map((f) => `${f.lang}/${f.kind}`).join(', ')}`);
        // Every finding the coach could make here would come from the French model, never the English one.
        for (const s of splitSentences(text)) expect(detectLanguage(s.text), s.text).toBe('fr');
      }
    }
    expect(flagged).toEqual([]);
  });

  it('talks to the rep with tu, never vous', () => {
    const vous = frBank.questions.filter((q) => /\b(?:vous|votre|vos)\b/i.test(q.text.replace(/rendez-vous|envisagez-vous/g, '')));
    // "le client et toi envisagez-vous" is the plural you of the rep and the client; "votre dernière conversation" (the rep's and the buyer's) likewise.
    expect(vous.map((q) => q.id)).toEqual(['close-last-conversation']);
  });
});

const signalDeal: PlanInput['deal'] = { stage: 'proposal', closeDate: '2026-11-10', amount: null, stageUnchangedDays: 40, openCommitments: 2, overdueCommitments: 1 };

describe('the planner in the manager’s language', () => {
  it('plans only French questions and French reasons for every stage, both focuses, with signals', () => {
    for (const stage of CANONICAL_STAGES) {
      for (const kind of ['strategic', 'tactical'] as const) {
        for (const deal of [{ ...basePlanInput.deal, stage }, { ...signalDeal, stage }]) {
          const plan = planSession({ ...basePlanInput, deal, kind, lang: 'fr', seed: `${stage}-${kind}` });
          expect(plan.items.length, stage).toBeGreaterThanOrEqual(5);
          for (const item of plan.items) {
            expect(item.question.text, `${stage} ${item.question.id}`).toBe(BUILTIN_QUESTIONS_FR[item.question.id]!.text);
            expect(french(item.question.text), item.question.text).toBe(true);
            expect(french(item.reason), item.reason).toBe(true);
          }
          for (const s of plan.signals) expect(french(s.reason), s.reason).toBe(true);
        }
      }
    }
  });

  it('switches with the page language: the same questions, in French after setLocale("fr") and in English after setLocale("en")', () => {
    setLocale('fr');
    const fr = planSession({ ...basePlanInput, deal: signalDeal });
    setLocale('en');
    const en = planSession({ ...basePlanInput, deal: signalDeal });
    expect(fr.items.map((i) => i.question.id)).toEqual(en.items.map((i) => i.question.id));
    for (const [k, item] of en.items.entries()) {
      expect(item.question.text).toBe(BUILTIN_BANK.questions.find((q) => q.id === item.question.id)!.text);
      expect(fr.items[k]!.question.text).toBe(BUILTIN_QUESTIONS_FR[item.question.id]!.text);
    }
    expect(en.items[0]!.reason).toBe('Opener: start with the person');
    expect(fr.items[0]!.reason).toBe('Ouverture : commencer par la personne');
    expect(fr.signals.map((s) => s.reason)).toContain('date de clôture dépassée depuis 12 jours');
    expect(en.signals.map((s) => s.reason)).toContain('close date passed 12 days ago');
    expect(fr.items.find((i) => i.role === 'stage')!.reason).toMatch(/^Axe stratégique, étape Proposition : /);
    // A language passed in wins over the page's.
    expect(planSession({ ...basePlanInput, lang: 'fr' }).items[0]!.question.text).toBe(BUILTIN_QUESTIONS_FR[planSession(basePlanInput).items[0]!.question.id]!.text);
  });

  it('serves a manager’s own bank as written, in whatever language', () => {
    const mine: QuestionBank = {
      id: 'mine', name: 'Mine', builtIn: false, enabled: true,
      questions: [
        { id: 'my-1', text: 'Who else has a say in the budget?', stages: ['discovery'], category: 'strategic', tags: [], followUps: ['Tell me more.'] },
        // Overrides a built-in question by id: the manager's version wins, untranslated.
        { id: 'open-support', text: 'What would help you most today?', stages: ['discovery'], category: 'opener', tags: [], followUps: [] },
      ],
    };
    const served = servableQuestions([BUILTIN_BANK, mine], 'fr');
    expect(served.find((q) => q.id === 'my-1')).toMatchObject({ text: 'Who else has a say in the budget?', followUps: ['Tell me more.'] });
    expect(served.find((q) => q.id === 'open-support')!.text).toBe('What would help you most today?');
    expect(served.find((q) => q.id === 'open-stuck')!.text).toBe(BUILTIN_QUESTIONS_FR['open-stuck']!.text);
  });

  it('Swap offers the next French question in French', () => {
    setLocale('fr');
    const plan: PlanItem[] = planSession({ ...basePlanInput }).items.map((i) => ({
      questionId: i.question.id, text: i.question.text, role: i.role, reason: i.reason, followUps: i.question.followUps, asked: false, answer: '',
    }));
    const stageItem = plan.find((p) => p.role === 'stage')!;
    const swapped = swapPlanItem({ plan, stage: 'discovery' }, stageItem.questionId, [BUILTIN_BANK]);
    expect(swapped).not.toBeNull();
    expect(swapped!.text).toBe(BUILTIN_QUESTIONS_FR[swapped!.questionId]!.text);
    expect(swapped!.followUps).toEqual(['Dis-m’en plus.', 'Quoi d’autre ?']);
  });

  it('names stages, follow-up prompts and the commitment follow-up question as the session screens do', () => {
    // The planner's reasons name stages as the session screens do (one name for one thing), in the plan's language.
    expect(stageName('discovery', 'fr')).toBe('Découverte');
    expect(stageName('discovery', 'en')).toBe('Discovery');
    setLocale('fr');
    for (const s of CANONICAL_STAGES) expect(stageName(s)).toBe(stageLabel(s));
    // The prompts and the commitment's follow-up question say the same words as the session screens.
    const fr = (id: string) => frBank.questions.find((q) => q.id === id)!;
    expect(fr('acc-follow-up-how').text).toBe(MESSAGES['session.commitment.followUp'].fr);
    expect(BUILTIN_BANK.questions.find((q) => q.id === 'acc-follow-up-how')!.text).toBe(MESSAGES['session.commitment.followUp'].en);
    expect(fr('open-support').followUps).toEqual([MESSAGES['session.questions.tellMeMore'].fr, MESSAGES['session.questions.whatElse'].fr]);
  });
});

describe('the coach speaks the manager’s language', () => {
  it('says what a finding is in the UI language, and offers “Next time, ask” in the language of the sentence', () => {
    setLocale('fr');
    const [onEnglish] = lintCoachingText('You need to call the CFO tomorrow.');
    expect(onEnglish!.lang).toBe('en');
    expect(french(onEnglish!.message)).toBe(true);
    expect(onEnglish!.nextTime).toMatch(/^Next time, ask: “.+\?”$/);
    setLocale('en');
    const [onFrench] = lintCoachingText('Appelle le DAF demain.');
    expect(onFrench!.lang).toBe('fr');
    expect(english(onFrench!.message)).toBe(true);
    expect(onFrench!.nextTime).toMatch(/^La prochaine fois, demandez : « .+ »$/);
    // The same sentence, scored once, reads in French again when the manager switches back,
    // and so does a finding a page kept from before the switch.
    setLocale('fr');
    expect(lintCoachingText('You need to call the CFO tomorrow.')[0]!.message).toBe('Cela dit au commercial quoi faire. Posez une question et laissez-le trouver.');
    expect(onFrench!.message).toBe('Cela dit au commercial quoi faire. Posez une question et laissez-le trouver.');
  });

  it('explains in the UI language why a manager’s question is not served', () => {
    const mine: QuestionBank = {
      id: 'mine', name: 'Mine', builtIn: false, enabled: true,
      questions: [{ id: 'my-tell', text: 'You need to call the CFO tomorrow.', stages: ['discovery'], category: 'process', tags: [], followUps: [] }],
    };
    setLocale('fr');
    expect(whyNotServed([BUILTIN_BANK, mine], 'mine', mine.questions[0]!)).toMatch(/^non proposée : /);
    expect(whyNotServed([BUILTIN_BANK, { ...mine, enabled: false }], 'mine', mine.questions[0]!)).toBe('banque non utilisée');
    setLocale('en');
    expect(whyNotServed([BUILTIN_BANK, mine], 'mine', mine.questions[0]!)).toMatch(/^not served: /);
  });
});
