import { getDb, nowIso } from './database';
import { checked } from './valid';
import { BUILTIN_BANK } from '../coaching/builtin-bank';
import { QuestionBankSchema, type QuestionBank } from '../schema/question';
import { QuestionStateSchema } from '../schema/records';
import { t } from '../i18n';

/**
 * The banks the planner uses: the built-in bank (from code, with the manager's
 * per-question switches applied) followed by the manager's own banks.
 */
export async function listBanks(): Promise<QuestionBank[]> {
  const db = getDb();
  const [states, custom] = await Promise.all([db.questionStates.toArray(), db.questionBanks.toArray()]);
  const disabled = new Set(states.filter((s) => s.disabled).map((s) => s.id));
  const builtin: QuestionBank = {
    ...BUILTIN_BANK,
    questions: BUILTIN_BANK.questions.map((q) => (disabled.has(q.id) ? { ...q, disabled: true } : q)),
  };
  return [builtin, ...custom.sort((a, b) => a.name.localeCompare(b.name))];
}

export async function setQuestionDisabled(bankId: string, questionId: string, disabled: boolean): Promise<void> {
  const db = getDb();
  if (bankId === BUILTIN_BANK.id) {
    await db.questionStates.put(checked(QuestionStateSchema, { id: questionId, disabled }, 'The question switch'));
    return;
  }
  await db.transaction('rw', db.questionBanks, async () => {
    const bank = await db.questionBanks.get(bankId);
    if (!bank) return;
    const questions = bank.questions.map((q) => (q.id === questionId ? { ...q, disabled } : q));
    await db.questionBanks.put(checked(QuestionBankSchema, { ...bank, questions, updatedAt: nowIso() }, 'The question bank'));
  });
}

/** Saves a custom bank (validated). The built-in bank cannot be overwritten. */
export async function saveBank(bank: QuestionBank): Promise<QuestionBank> {
  if (bank.id === BUILTIN_BANK.id) throw new Error(t('common.refused.builtInBank'));
  const valid = checked(QuestionBankSchema, { ...bank, builtIn: false, updatedAt: nowIso() }, 'The question bank');
  await getDb().questionBanks.put(valid);
  return valid;
}

export async function deleteBank(id: string): Promise<void> {
  await getDb().questionBanks.delete(id);
}

export async function setBankEnabled(id: string, enabled: boolean): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.questionBanks, async () => {
    const bank = await db.questionBanks.get(id);
    if (!bank) return;
    await db.questionBanks.put(checked(QuestionBankSchema, { ...bank, enabled, updatedAt: nowIso() }, 'The question bank'));
  });
}
