import { getDb } from './database';
import { t } from '../i18n';
import { saveBank } from './question-banks';
import { BUILTIN_BANK } from '../coaching/builtin-bank';
import { copyOfBank, flagTellingQuestions, readQuestionBankFile, type FlaggedQuestion, type ImportError } from '../coaching/bank-format';
import type { QuestionBank } from '../schema/question';
import { describeStorageError } from './storage';

/**
 * Importing a bank file: read it strictly, and never silently replace a bank
 * the manager already has. A file whose bank id is taken comes back as a
 * clash; the manager then chooses to replace that bank or to import a copy.
 */
export type BankImportOutcome =
  | { ok: true; bank: QuestionBank; replaced: boolean; flagged: FlaggedQuestion[] }
  | { ok: false; errors: ImportError[] }
  | { ok: 'clash'; bank: QuestionBank; flagged: FlaggedQuestion[]; existing: { id: string; name: string; questions: number; builtIn: boolean } };

export async function importBankFile(input: Blob | ArrayBuffer | Uint8Array | string): Promise<BankImportOutcome> {
  const read = await readQuestionBankFile(input);
  if (!read.ok) return read;
  const existing = read.bank.id === BUILTIN_BANK.id ? BUILTIN_BANK : await getDb().questionBanks.get(read.bank.id);
  if (existing) {
    return { ok: 'clash', bank: read.bank, flagged: read.flagged, existing: { id: existing.id, name: existing.name, questions: existing.questions.length, builtIn: existing.id === BUILTIN_BANK.id } };
  }
  return saveImportedBank(read.bank, 'replace');
}

/** Saves a checked bank: over the bank with its id, or as a copy under a new id. The built-in bank is only ever copied. */
export async function saveImportedBank(bank: QuestionBank, choice: 'replace' | 'copy'): Promise<BankImportOutcome> {
  const db = getDb();
  // The same coach as everywhere: questions it reads as telling are stored switched off, and listed.
  const { bank: checked, flagged } = flagTellingQuestions(bank);
  bank = checked;
  try {
    if (choice === 'copy' || bank.id === BUILTIN_BANK.id) {
      const taken = new Set([BUILTIN_BANK.id, ...(await db.questionBanks.toCollection().primaryKeys())]);
      return { ok: true, bank: await saveBank(copyOfBank(bank, taken)), replaced: false, flagged };
    }
    const had = !!(await db.questionBanks.get(bank.id));
    return { ok: true, bank: await saveBank(bank), replaced: had, flagged };
  } catch (e) {
    return { ok: false, errors: [{ path: '$', message: describeStorageError(e, t('common.storage.bankNotImported')) }] };
  }
}
