import { z } from 'zod';
import { QuestionBankSchema, type QuestionBank } from '../schema/question';
import { afterColon, capitalize, friendlyIssue } from '../schema/friendly-issues';
import { t } from '../i18n';
import { readJsonFile, readJsonText } from '../files/read-file';
import { questionFlag } from './bank-merge';
import type { FindingKind } from './lint';

/**
 * The portable question-bank file: a versioned envelope around one bank.
 * Import never throws: it returns the bank or errors in words a manager
 * understands, each with its JSON path for whoever fixes the file.
 */
export const BANK_FORMAT = 'sideline.question-bank';
export const BANK_FORMAT_VERSION = 1;
export const MAX_BANK_FILE_BYTES = 2 * 1024 * 1024;

export const QuestionBankFileSchema = z.object({
  format: z.literal(BANK_FORMAT),
  version: z.literal(BANK_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  bank: QuestionBankSchema,
});
export type QuestionBankFile = z.infer<typeof QuestionBankFileSchema>;

export interface ImportError {
  path: string;
  message: string;
}
/** A question the ask-vs-tell coach flags: imported switched off, and listed with the reason. */
export interface FlaggedQuestion {
  id: string;
  text: string;
  kind: FindingKind;
  reason: string;
}
export type ImportResult = { ok: true; bank: QuestionBank; flagged: FlaggedQuestion[] } | { ok: false; errors: ImportError[] };

/**
 * Runs every question through the same coach as the notes: flagged questions
 * are switched off (the manager can still read them, and switch them on after
 * rewording them) and listed with the reason.
 */
export function flagTellingQuestions(bank: QuestionBank): { bank: QuestionBank; flagged: FlaggedQuestion[] } {
  const flagged: FlaggedQuestion[] = [];
  const questions = bank.questions.map((q) => {
    const flag = questionFlag(q.text);
    if (!flag) return q;
    flagged.push({ id: q.id, text: q.text, kind: flag.kind, reason: flag.message });
    return q.disabled ? q : { ...q, disabled: true };
  });
  return flagged.length ? { bank: { ...bank, questions }, flagged } : { bank, flagged };
}

function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${String(k)}`), '$');
}

/** Where an issue is, in words: "Question 2: " for a question, "" for the bank itself. */
function friendlyBankIssue(issue: z.core.$ZodIssue): ImportError {
  const path = issue.path;
  const inBank = path[0] === 'bank' ? path.slice(1) : path;
  let message: string;
  if (inBank[0] === 'questions' && typeof inBank[1] === 'number') {
    const rest = inBank.slice(2);
    const sentence = rest.length ? friendlyIssue({ ...issue, path: rest } as z.core.$ZodIssue) : friendlyIssue({ ...issue, path: ['question'] } as z.core.$ZodIssue);
    message = t('common.bankIssue.question', { n: String(inBank[1] + 1), issue: afterColon(sentence) });
  } else if (path[0] === 'bank' && inBank.length) {
    message = `${capitalize(friendlyIssue({ ...issue, path: ['bank', ...inBank] } as z.core.$ZodIssue))}.`;
  } else {
    message = `${capitalize(friendlyIssue(issue))}.`;
  }
  return { path: jsonPath(path), message };
}

/**
 * Reads a bank file the manager chose: bytes decoded as strict UTF-8, then
 * the same checks as importQuestionBank. Never throws.
 */
export async function readQuestionBankFile(input: Blob | ArrayBuffer | Uint8Array | string): Promise<ImportResult> {
  const read = await readJsonFile(input, 'bank', MAX_BANK_FILE_BYTES);
  if (!read.ok) return { ok: false, errors: [{ path: '$', message: read.error }] };
  return importQuestionBank(read.data);
}

export function importQuestionBank(input: string | unknown): ImportResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    const read = readJsonText(input, 'bank', MAX_BANK_FILE_BYTES);
    if (!read.ok) return { ok: false, errors: [{ path: '$', message: read.error }] };
    data = read.data;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ path: '$', message: 'This file is not a Sideline question bank: it holds no bank. Choose a file that “Export” saved from a bank.' }] };
  }
  const envelope = data as { format?: unknown; version?: unknown };
  if (envelope.format === 'sideline.backup') {
    return { ok: false, errors: [{ path: '$.format', message: 'This is a Sideline backup, not a question bank. Restore it under “Your data” instead.' }] };
  }
  if (envelope.format !== BANK_FORMAT) {
    return { ok: false, errors: [{ path: '$.format', message: 'This file is not a Sideline question bank: it lacks the mark every bank file carries.' }] };
  }
  if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version) || envelope.version < 1) {
    return { ok: false, errors: [{ path: '$.version', message: 'This bank file does not say which version of the format it is, so Sideline cannot read it safely.' }] };
  }
  if (envelope.version !== BANK_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [{ path: '$.version', message: `This bank was made by a newer Sideline (bank format ${envelope.version}; this one reads ${BANK_FORMAT_VERSION}). Update Sideline, then import it.` }],
    };
  }
  const parsed = QuestionBankFileSchema.safeParse(data, { reportInput: true });
  const errors: ImportError[] = parsed.success ? [] : parsed.error.issues.map(friendlyBankIssue);
  if (parsed.success) {
    const seen = new Map<string, number>();
    parsed.data.bank.questions.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first !== undefined) {
        errors.push({ path: `$.bank.questions[${i}].id`, message: `Question ${i + 1} has the same id “${q.id}” as question ${first + 1}; each question needs its own id.` });
      } else seen.set(q.id, i);
    });
  }
  if (errors.length || !parsed.success) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, ...flagTellingQuestions(parsed.data.bank) };
}

/**
 * A copy of an imported bank that clashes with one already here: a new id
 * (team, team-copy, team-copy-2, …), "(copy)" after its name, and its
 * questions' ids under the new bank's.
 */
export function copyOfBank(bank: QuestionBank, takenIds: ReadonlySet<string>): QuestionBank {
  const base = `${bank.id.slice(0, 90)}-copy`;
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  const name = `${bank.name.slice(0, 113)} (copy)`;
  // Its questions get ids of their own too, so the copy and the original
  // never stand in for each other when banks are merged for a plan.
  const seen = new Set<string>();
  const questions = bank.questions.map((q, i) => {
    let qid = `${id}:${q.id}`.slice(0, 100);
    if (seen.has(qid)) qid = `${id}:${i}`.slice(0, 100);
    seen.add(qid);
    return { ...q, id: qid };
  });
  return { ...bank, id, name, builtIn: false, questions };
}

export function exportQuestionBank(bank: QuestionBank, now: Date): string {
  const file: QuestionBankFile = { format: BANK_FORMAT, version: BANK_FORMAT_VERSION, exportedAt: now.toISOString(), bank };
  return JSON.stringify(file, null, 2);
}
