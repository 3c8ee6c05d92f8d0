/**
 * The one rule for combining question banks, used by the planner, Swap and
 * the options page: banks are read in order, a switched-off bank counts for
 * nothing, and a later bank wins for a question id (its version replaces the
 * earlier one, in the earlier one's place). A question the winning version
 * switches off is not served, and neither is one the ask-vs-tell coach flags
 * as telling, whatever bank it came from.
 */
import type { Question, QuestionBank } from '../schema/question';
import type { Locale } from '../i18n/types';
import { getLocale } from '../i18n/translate';
import { findingMessage, tellingReason, type FindingKind } from './lint';
import { bankIn } from './bank-language';
import { tc } from './text';

export interface MergedQuestion {
  question: Question;
  /** The bank whose version won. */
  bankId: string;
  /** The winning version comes from the built-in bank (which a test keeps free of flagged questions). */
  builtIn: boolean;
}

/**
 * Every enabled bank's questions, later banks winning by id, in first-seen
 * order; the built-in bank in the manager's language (lib/coaching/bank-language.ts).
 */
export function mergeBanks(banks: readonly QuestionBank[], locale: Locale = getLocale()): MergedQuestion[] {
  const byId = new Map<string, MergedQuestion>();
  for (const source of banks) {
    if (source.enabled === false) continue;
    const bank = bankIn(source, locale);
    for (const question of bank.questions) byId.set(question.id, { question, bankId: bank.id, builtIn: bank.builtIn === true });
  }
  return [...byId.values()];
}

/** Question text → the kind the coach flags it as (null: an open question). Texts repeat across reads, so this is kept. */
const verdicts = new Map<string, FindingKind | null>();
const VERDICTS_MAX = 20_000;

/** Why the coach flags a question, said in the manager's language (the page's, at the time of asking). */
export function questionFlag(text: string): { kind: FindingKind; message: string } | null {
  let v = verdicts.get(text);
  if (v === undefined) {
    v = tellingReason(text)?.kind ?? null;
    if (verdicts.size >= VERDICTS_MAX) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(text, v);
  }
  return v ? { kind: v, message: findingMessage(v) } : null;
}

/** The questions that may be served: merged, not switched off, not flagged by the coach. */
export function servableQuestions(banks: readonly QuestionBank[], locale: Locale = getLocale()): Question[] {
  const out: Question[] = [];
  // The built-in bank has no flagged question in either language (tests/coaching/bank-merge.test.ts
  // and builtin-bank-fr.test.ts check it with this same coach), so the panel's first plan need not load the model for it.
  for (const { question, builtIn } of mergeBanks(banks, locale)) if (!question.disabled && (builtIn || !questionFlag(question.text))) out.push(question);
  return out;
}

/** Why a question in a given bank is not served, for the options page (null: it is served). */
export function whyNotServed(banks: readonly QuestionBank[], bankId: string, question: Question): string | null {
  const bank = banks.find((b) => b.id === bankId);
  if (bank?.enabled === false) return tc('coach.notServed.bankOff');
  const winner = mergeBanks(banks).find((m) => m.question.id === question.id);
  if (winner && winner.bankId !== bankId) {
    const by = banks.find((b) => b.id === winner.bankId);
    const name = by ? bankIn(by, getLocale()).name : winner.bankId;
    return winner.question.disabled ? tc('coach.notServed.replacedOff', { bank: name }) : tc('coach.notServed.replaced', { bank: name });
  }
  if (question.disabled) return null; // the checkbox already says so
  const flag = questionFlag(question.text);
  return flag ? tc('coach.notServed.flagged', { reason: flag.message }) : null;
}
