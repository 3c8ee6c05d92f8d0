/**
 * The one rule for combining question banks, used by the planner, Swap and
 * the options page: banks are read in order, a switched-off bank counts for
 * nothing, and a later bank wins for a question id (its version replaces the
 * earlier one, in the earlier one's place). A question the winning version
 * switches off is not served, and neither is one the ask-vs-tell coach flags
 * as telling, whatever bank it came from.
 */
import type { Question, QuestionBank } from '../schema/question';
import { tellingReason, type FindingKind } from './lint';

export interface MergedQuestion {
  question: Question;
  /** The bank whose version won. */
  bankId: string;
  /** The winning version comes from the built-in bank (which a test keeps free of flagged questions). */
  builtIn: boolean;
}

/** Every enabled bank's questions, later banks winning by id, in first-seen order. */
export function mergeBanks(banks: readonly QuestionBank[]): MergedQuestion[] {
  const byId = new Map<string, MergedQuestion>();
  for (const bank of banks) {
    if (bank.enabled === false) continue;
    for (const question of bank.questions) byId.set(question.id, { question, bankId: bank.id, builtIn: bank.builtIn === true });
  }
  return [...byId.values()];
}

/** Question text → why the coach flags it (null: an open question). Texts repeat across reads, so this is kept. */
const verdicts = new Map<string, { kind: FindingKind; message: string } | null>();
const VERDICTS_MAX = 20_000;

export function questionFlag(text: string): { kind: FindingKind; message: string } | null {
  let v = verdicts.get(text);
  if (v === undefined) {
    v = tellingReason(text);
    if (verdicts.size >= VERDICTS_MAX) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(text, v);
  }
  return v;
}

/** The questions that may be served: merged, not switched off, not flagged by the coach. */
export function servableQuestions(banks: readonly QuestionBank[]): Question[] {
  const out: Question[] = [];
  // The built-in bank has no flagged question (tests/coaching/bank-merge.test.ts checks it with this
  // same coach), so the panel's first plan need not load the model for it.
  for (const { question, builtIn } of mergeBanks(banks)) if (!question.disabled && (builtIn || !questionFlag(question.text))) out.push(question);
  return out;
}

/** Why a question in a given bank is not served, for the options page (null: it is served). */
export function whyNotServed(banks: readonly QuestionBank[], bankId: string, question: Question): string | null {
  const bank = banks.find((b) => b.id === bankId);
  if (bank?.enabled === false) return 'bank not used';
  const winner = mergeBanks(banks).find((m) => m.question.id === question.id);
  if (winner && winner.bankId !== bankId) {
    const by = banks.find((b) => b.id === winner.bankId);
    return `replaced by “${by?.name ?? winner.bankId}”${winner.question.disabled ? ', switched off there' : ''}`;
  }
  if (question.disabled) return null; // the checkbox already says so
  const flag = questionFlag(question.text);
  return flag ? `not served: ${flag.message}` : null;
}
