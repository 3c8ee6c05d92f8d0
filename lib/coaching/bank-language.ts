/**
 * The built-in bank in the manager's language. Only the built-in bank is
 * translated: a manager's own banks (imported, edited, "My questions") are
 * served exactly as written, in whatever language they were written.
 *
 * The language is chosen when the questions are served (the planner, Swap,
 * Options), from the page's language or the one passed in; a planned session
 * keeps the text it was planned with.
 */
import type { Question, QuestionBank } from '../schema/question';
import type { Locale } from '../i18n/types';
import { BUILTIN_BANK } from './builtin-bank';
import { BUILTIN_BANK_DESCRIPTION_FR, BUILTIN_BANK_NAME_FR, BUILTIN_QUESTIONS_FR, FOLLOW_UPS_FR } from './builtin-bank-fr';

// The planner told "how" questions from "who and what" ones by their English first
// words (lib/coaching/plan.ts processAngle); a translated question keeps its English
// angle as a tag, so the same seed plans the same questions in every language.
const HOW_EN = /^\s*(how|walk me)\b/i;

function toFrench(q: Question): Question {
  const fr = BUILTIN_QUESTIONS_FR[q.id];
  if (!fr) return q;
  const tags = q.category === 'process' && !q.tags.some((t) => t.startsWith('focus:')) ? [...q.tags, HOW_EN.test(q.text) ? 'focus:tactical' : 'focus:strategic'] : q.tags;
  const out: Question = { ...q, text: fr.text, tags, followUps: q.followUps.map((p) => FOLLOW_UPS_FR[p] ?? p) };
  if (fr.why !== undefined) out.why = fr.why;
  else delete out.why;
  return out;
}

/** Source bank → its French version: stable objects, so the planner's index cache keeps working. */
const french = new WeakMap<QuestionBank, QuestionBank>();
const translated = new WeakSet<QuestionBank>();

/** A bank as the manager should read it: the built-in bank translated, every other bank as it is. */
export function bankIn(bank: QuestionBank, locale: Locale): QuestionBank {
  if (locale === 'en' || bank.builtIn !== true || translated.has(bank)) return bank;
  let out = french.get(bank);
  if (!out) {
    out = { ...bank, questions: bank.questions.map(toFrench) };
    if (bank.id === BUILTIN_BANK.id) {
      out.name = BUILTIN_BANK_NAME_FR;
      out.description = BUILTIN_BANK_DESCRIPTION_FR;
    }
    translated.add(out);
    french.set(bank, out);
  }
  return out;
}

/** The same list with the built-in bank in the given language. */
export function banksIn(banks: readonly QuestionBank[], locale: Locale): QuestionBank[] {
  return banks.map((b) => bankIn(b, locale));
}

/** Sideline's built-in bank in a language. */
export function builtinBank(locale: Locale): QuestionBank {
  return bankIn(BUILTIN_BANK, locale);
}
