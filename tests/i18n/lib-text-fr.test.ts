import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n';
import { readBackup, validateBackup, TABLES } from '../../lib/db/backup';
import { importQuestionBank, readQuestionBankFile } from '../../lib/coaching/bank-format';
import { formatBytes, readJsonText } from '../../lib/files/read-file';
import { savingProblem } from '../../lib/journal/client';
import { sessionsCsv } from '../../lib/export/sessions-csv';
import type { CoachingSession, Commitment } from '../../lib/schema/records';

/**
 * Text built in lib/ that reaches a French manager: the checks of a backup or
 * bank file they chose, file sizes, why typed text is not saved yet, and the
 * sessions spreadsheet. Each test also pins the English, which the other tests
 * and the e2e suite rely on.
 */
afterEach(() => setLocale('en'));

const emptyTables = () => Object.fromEntries(TABLES.map((t) => [t, []])) as Record<string, unknown[]>;
const deal = {
  id: 'd-1', key: 'k', crm: 'salesforce-lightning', host: 'h.example', crmDealId: '1', url: 'https://h.example/1', name: 'Globex',
  stageLabel: 'Discovery', amount: null, currency: null, closeDate: null, ownerName: 'Dana', repId: null, overrides: {}, stageSince: null,
  firstSeenAt: '2026-11-20T10:00:00.000Z', lastSeenAt: '2026-11-20T10:00:00.000Z',
};
const backupWith = (tables: Record<string, unknown>) => ({ format: 'sideline.backup', version: 2, exportedAt: '2026-11-20T10:00:00.000Z', tables: { ...emptyTables(), ...tables } });

describe('a malformed backup is explained in the manager’s language', () => {
  const broken = backupWith({ deals: [{ ...deal, name: undefined, closeDate: 'tomorrow' }, 'oops'], reps: undefined });

  it('names the missing list and the broken records in French', () => {
    setLocale('fr');
    const r = validateBackup(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual(['La sauvegarde n’a pas de liste « commerciaux » : elle est incomplète.']);
    const records = validateBackup(backupWith({ deals: [{ ...deal, name: undefined, closeDate: 'tomorrow' }, 'oops'] }));
    expect(!records.ok && records.errors).toEqual([
      'Affaire 1 (id « d-1 ») du fichier : le champ « nom » est manquant.',
      'Affaire 1 (id « d-1 ») du fichier : le champ « date de clôture » n’est pas une date comme 2026-03-31.',
      'Affaire 2 du fichier n’est pas un enregistrement (trouvé : du texte).',
    ]);
  });

  it('keeps the English sentences in English', () => {
    const r = validateBackup(backupWith({ deals: [{ ...deal, name: undefined, closeDate: 'tomorrow' }, 'oops'] }));
    expect(!r.ok && r.errors).toEqual([
      'Deal 1 (id “d-1”) in the file: The name is missing.',
      'Deal 1 (id “d-1”) in the file: The close date is not a date like 2026-03-31.',
      'Deal 2 in the file is not a record (found text).',
    ]);
  });

  it('explains duplicates, a newer format and a file that is not JSON in French', async () => {
    setLocale('fr');
    const dup = validateBackup(backupWith({ deals: [deal, { ...deal, id: 'd-2' }, deal] }));
    expect(!dup.ok && dup.errors).toEqual([
      'Affaires 1 et 2 du fichier sont la même affaire du CRM sous deux id ; un seul peut être gardé.',
      'Affaires 1 et 3 du fichier ont le même id « d-1 » : l’un écraserait l’autre.',
      'Affaires 1 et 3 du fichier sont la même affaire du CRM sous deux id ; un seul peut être gardé.',
    ]);
    expect(validateBackup({ ...backupWith({}), version: 9 })).toEqual({
      ok: false,
      errors: ['Cette sauvegarde vient d’une version plus récente de Sideline (format 9 ; celle-ci lit jusqu’au format 2). Mettez Sideline à jour, puis restaurez-la.'],
    });
    expect(await readBackup(new Blob(['{"format": "sideline.backup", '.repeat(1)]))).toEqual({
      ok: false,
      errors: ['Ce fichier est tronqué : il s’arrête avant la fin de ses données. Son téléchargement ou sa copie n’est peut-être pas allé au bout ; enregistrez de nouveau la sauvegarde Sideline.'],
    });
  });
});

describe('a bank file’s problems are explained in the manager’s language', () => {
  const file = (questions: unknown[]) =>
    JSON.stringify({ format: 'sideline.question-bank', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', bank: { id: 'b', name: 'Mine', questions } });

  it('says which question is wrong, and how, in French', async () => {
    setLocale('fr');
    const r = importQuestionBank(file([{ id: 'q1', text: '<b>Hi</b>', stages: ['discovery'], category: 'x' }]));
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.errors.map((e) => e.message) : [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages).toContain('Question 1 : le champ « texte » doit être du texte simple, pas du HTML.');
    for (const m of messages) expect(m).not.toMatch(/\b(the|is|must|should)\b/);
    const web = await readQuestionBankFile('<html><body>x</body></html>');
    expect(!web.ok && web.errors.map((e) => e.message)).toEqual([
      'Ce fichier est une page web (HTML), pas une banque de questions. Si vous l’avez enregistré depuis un onglet, exportez-le plutôt de nouveau depuis Sideline.',
    ]);
  });

  it('keeps the English', () => {
    const r = importQuestionBank(file([{ id: 'q1', text: '<b>Hi</b>', stages: ['discovery'], category: 'x' }]));
    expect(!r.ok && r.errors.map((e) => e.message)).toContain('Question 1: The text must be plain text, not HTML.');
  });
});

describe('file sizes and file reading', () => {
  it('writes sizes the French way: decimal comma, octets, Ko, Mo', () => {
    setLocale('fr');
    expect(formatBytes(2.1 * 1024 * 1024)).toBe('2,1 Mo');
    expect(formatBytes(512)).toBe('512 octets');
    expect(formatBytes(1500)).toBe('1,5 Ko');
    expect(formatBytes(256 * 1024 * 1024)).toBe('256 Mo');
    expect(readJsonText('x'.repeat(40), 'bank', 20)).toEqual({
      ok: false,
      error: 'Ce fichier fait 40 octets ; une banque de questions ne peut dépasser 20 octets : il n’a pas été lu.',
    });
  });

  it('writes sizes the English way in English', () => {
    expect(formatBytes(2.1 * 1024 * 1024)).toBe('2.1 MB');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1023 * 1024)).toBe('1023 KB');
    expect(readJsonText('   ', 'backup', 20)).toEqual({ ok: false, error: 'This file is empty.' });
  });
});

describe('why typed text is not saved yet', () => {
  it('is said in French to a French manager, in English otherwise', () => {
    expect(savingProblem(new Error('QuotaExceededError: quota'))).toBe('the browser’s storage for Sideline is full');
    setLocale('fr');
    expect(savingProblem(new Error('QuotaExceededError: quota'))).toBe('l’espace de stockage de Sideline dans le navigateur est plein');
    expect(savingProblem(new Error('Extension context invalidated.'))).toBe('Sideline a été mis à jour : copiez votre texte, puis rechargez cette page');
    expect(savingProblem(new Error('?'))).toBe('le stockage de Sideline n’a pas répondu');
  });
});

describe('the sessions spreadsheet', () => {
  const session = {
    id: 's1', dealId: 'd1', repId: 'r1', mode: 'full', kind: 'tactical', status: 'ended',
    startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:15:00.000Z', durationSec: 900, timeBoxMin: 15,
    contract: { what: 'Discovery calls', reason: '', importance: '', repWants: 'Practise the opening' },
    gap: null, plan: [], stage: 'discovery', private: true, updatedAt: '2026-11-20T10:15:00.000Z',
  } as unknown as CoachingSession;
  const c = (over: Partial<Commitment>): Commitment => ({
    id: 'c', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'Ask three open questions', dueDate: '2026-11-27',
    followUp: '', suggestedBy: 'manager', status: 'done', outcomeNote: 'went well', createdAt: '', updatedAt: '', resolvedAt: null, ...over,
  });
  const csv = () => sessionsCsv([{ session, deal: undefined, rep: undefined, notes: '', commitments: [c({}), c({ suggestedBy: 'rep', status: 'open', outcomeNote: '' })] }]);

  it('has French headers and French words in its cells', () => {
    setLocale('fr');
    const [header, row = ''] = csv().split('\r\n');
    expect(header).toBe('"Date","Affaire","Étape","Commercial","Séance","Minutes","Ce que veut le commercial","Questions posées","Engagements","Notes"');
    expect(row).toContain('Ask three open questions (échéance 2026-11-27, suggéré par le manager ; ');
    expect(row).toContain(' : went well)');
    expect(row).toContain('Ask three open questions (échéance 2026-11-27 ; ');
    expect(row).not.toMatch(/\bdue\b|suggested/);
    expect(row.startsWith('"2026-11-20",')).toBe(true);
  });

  it('keeps the English', () => {
    const [header, row = ''] = csv().split('\r\n');
    expect(header).toBe('"Date","Deal","Stage","Rep","Session","Minutes","What the rep wants","Questions asked","Commitments","Notes"');
    expect(row).toContain('Ask three open questions (due 2026-11-27, suggested by the manager; Kept: went well)');
    expect(row).toContain('Ask three open questions (due 2026-11-27; Open)');
  });
});
