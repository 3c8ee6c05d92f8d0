import { z } from 'zod';
import { QuestionBankSchema, type QuestionBank } from '../schema/question';
import { questionFlag } from './bank-merge';
import type { FindingKind } from './lint';

/**
 * The portable question-bank file: a versioned envelope around one bank.
 * Import never throws: it returns the bank or readable errors with JSON paths.
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

export function importQuestionBank(input: string | unknown): ImportResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (new TextEncoder().encode(input).length > MAX_BANK_FILE_BYTES) {
      return { ok: false, errors: [{ path: '$', message: 'The file is larger than 2 MB.' }] };
    }
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ path: '$', message: 'The file is not valid JSON.' }] };
    }
  }
  const envelope = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(data);
  if (!envelope.success || envelope.data.format !== BANK_FORMAT) {
    return { ok: false, errors: [{ path: '$.format', message: `This is not a Sideline question bank (format must be "${BANK_FORMAT}").` }] };
  }
  if (envelope.data.version !== BANK_FORMAT_VERSION) {
    return { ok: false, errors: [{ path: '$.version', message: `Unsupported version ${String(envelope.data.version)}; this Sideline reads version ${BANK_FORMAT_VERSION}.` }] };
  }
  const parsed = QuestionBankFileSchema.safeParse(data);
  const errors: ImportError[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
  if (parsed.success) {
    const seen = new Map<string, number>();
    parsed.data.bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) errors.push({ path: `$.bank.questions[${i}].id`, message: `Duplicate id "${q.id}" (first at questions[${seen.get(q.id)}]).` });
      else seen.set(q.id, i);
    });
  }
  if (errors.length || !parsed.success) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, ...flagTellingQuestions(parsed.data.bank) };
}

export function exportQuestionBank(bank: QuestionBank, now: Date): string {
  const file: QuestionBankFile = { format: BANK_FORMAT, version: BANK_FORMAT_VERSION, exportedAt: now.toISOString(), bank };
  return JSON.stringify(file, null, 2);
}
