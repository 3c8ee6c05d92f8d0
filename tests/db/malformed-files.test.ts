import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { importBankFile } from '../../lib/db/bank-import';
import { MAX_BACKUP_BYTES } from '../../lib/files/read-file';
import { seedBackup, seedLegacyBackup } from '../bench/seed';

/**
 * Bad input stays a clear error with nothing changed. Every file below is
 * given as the bytes a manager's browser would read; the exact sentence the
 * manager sees is asserted, and the database is compared whole before and
 * after. No message may be a raw schema message.
 */
useFreshDb();

const utf8 = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => utf8(JSON.stringify(v));
/** A valid backup of a little data, as today's Sideline exports it. */
const good = () => seedBackup({ deals: 3, notes: 10, commitments: 4 });
/** A valid question-bank file. */
const bank = () => ({
  format: 'sideline.question-bank',
  version: 1,
  bank: { id: 'team', name: 'Team bank', questions: [{ id: 'q1', text: 'Who else feels this problem?', stages: ['discovery'], category: 'process' }] },
});
const edit = <T,>(v: T, f: (x: T) => void): T => {
  const c = structuredClone(v);
  f(c);
  return c;
};

const RAW = /Invalid input|expected (string|number|object|array)|received|Too (small|big)|Invalid option|Unexpected token|JSON\.parse|SyntaxError|\$\.tables/;

let before: unknown;
beforeEach(async () => {
  // Data the manager already has: it must come out of every refusal untouched.
  await restoreBackup(seedBackup({ deals: 2, notes: 5, commitments: 2 }));
  await getDb().questionBanks.put({ id: 'team', name: 'Team bank', builtIn: false, enabled: true, questions: [] });
  before = await exportBackup(new Date(0));
});

type Case = [name: string, file: () => Uint8Array | ArrayBuffer, messages: string[]];

const BACKUP_CASES: Case[] = [
  ['an empty file', () => new Uint8Array(0), ['This file is empty.']],
  ['a file of blank lines', () => utf8('\n\n   \n'), ['This file is empty.']],
  [
    'a backup cut short half-way (an unfinished download)',
    () => json(good()).slice(0, 3000),
    ['This file is cut short: it ends before its data does. It may not have finished downloading or copying; save the Sideline backup again.'],
  ],
  [
    'a backup cut short after its first characters',
    () => utf8('{"format":"sideline.ba'),
    ['This file is cut short: it ends before its data does. It may not have finished downloading or copying; save the Sideline backup again.'],
  ],
  ['plain text', () => utf8('My coaching notes for Q3'), ['This file is not a Sideline backup: it is not JSON, the format Sideline saves, so it cannot be read.']],
  ['a CSV export', () => utf8('deal,stage,amount\nGlobex,Discovery,1000\n'), ['This file is not a Sideline backup: it is not JSON, the format Sideline saves, so it cannot be read.']],
  [
    'JSON with a trailing comma (edited by hand)',
    () => utf8('{"format":"sideline.backup","version":2,}'),
    ['This file is not a Sideline backup: it is not JSON, the format Sideline saves, so it cannot be read.'],
  ],
  [
    'a web page saved from a browser tab',
    () => utf8('<!DOCTYPE html><html><head><title>Sideline</title></head><body>{"format":"sideline.backup"}</body></html>'),
    ['This file is a web page (HTML), not a Sideline backup. If you saved it from a browser tab, export it again from Sideline instead.'],
  ],
  [
    'an HTML fragment',
    () => utf8('<div class="backup">{}</div>'),
    ['This file is a web page (HTML), not a Sideline backup. If you saved it from a browser tab, export it again from Sideline instead.'],
  ],
  [
    'text saved as Windows-1252 (not UTF-8)',
    () => {
      const bytes = json(good());
      const i = bytes.indexOf(0x65); // an "e" inside the data becomes é in Windows-1252
      bytes[i] = 0xe9;
      return bytes;
    },
    [
      'This file is not UTF-8 text, so it is not a Sideline backup Sideline saved (it may be a spreadsheet, a PDF, or text saved in another encoding). Choose the .json file Sideline exported.',
    ],
  ],
  [
    'text saved as UTF-16',
    () => {
      const s = JSON.stringify(good());
      const out = new Uint8Array(2 + s.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < s.length; i++) out[2 + i * 2] = s.charCodeAt(i) & 0xff;
      return out;
    },
    [
      'This file is not UTF-8 text, so it is not a Sideline backup Sideline saved (it may be a spreadsheet, a PDF, or text saved in another encoding). Choose the .json file Sideline exported.',
    ],
  ],
  [
    'an image',
    () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]),
    [
      'This file is not UTF-8 text, so it is not a Sideline backup Sideline saved (it may be a spreadsheet, a PDF, or text saved in another encoding). Choose the .json file Sideline exported.',
    ],
  ],
  [
    'data nested 5,000 levels deep',
    () => utf8(`{"format":"sideline.backup","version":2,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`),
    ['This file nests its data more than 32 levels deep, which no Sideline backup does, so it was not read.'],
  ],
  ['a file over the size limit', () => new Uint8Array(MAX_BACKUP_BYTES + 1), ['This file is 256 MB; a Sideline backup can be at most 256 MB, so it was not read.']],
  ['a list instead of a backup', () => json([good()]), ['This file is not a Sideline backup: it holds no backup data. Choose the file that “Export backup” saved.']],
  ['a lone string', () => json('sideline.backup'), ['This file is not a Sideline backup: it holds no backup data. Choose the file that “Export backup” saved.']],
  ['null', () => utf8('null'), ['This file is not a Sideline backup: it holds no backup data. Choose the file that “Export backup” saved.']],
  [
    'another app’s export',
    () => json({ format: 'hubspot.export', version: 2, tables: {} }),
    ['This file is not a Sideline backup: it lacks the mark every backup carries. Choose the file that “Export backup” saved.'],
  ],
  ['a question bank given to restore', () => json(bank()), ['This is a question bank file, not a backup. Import it under “Question banks” instead.']],
  [
    'no version',
    () => json(edit(good(), (b) => delete (b as Partial<typeof b>).version)),
    ['This backup does not say which version of the backup format it is, so Sideline cannot read it safely.'],
  ],
  [
    'a version written as text',
    () => json({ ...good(), version: '2' }),
    ['This backup does not say which version of the backup format it is, so Sideline cannot read it safely.'],
  ],
  [
    'a backup from a newer Sideline',
    () => json({ ...good(), version: 7 }),
    ['This backup was made by a newer Sideline (backup format 7; this one reads up to 2). Update Sideline, then restore it.'],
  ],
  ['no date of export', () => json({ ...good(), exportedAt: 'last Tuesday' }), ['The backup has no readable date of export.']],
  ['no tables', () => json({ format: 'sideline.backup', version: 2, exportedAt: '2026-11-22T10:00:00.000Z' }), ['The backup holds no tables of data: it is incomplete.']],
  ['tables as a list', () => json({ ...good(), tables: [] }), ['The backup holds no tables of data: it is incomplete.']],
  ['a missing table', () => json(edit(good(), (b) => delete (b.tables as Partial<typeof b.tables>).sessions)), ['The backup has no list of sessions: it is incomplete.']],
  [
    'two tables of the wrong type',
    () => json(edit(good(), (b) => Object.assign(b.tables, { deals: { 'deal-0': {} }, commitments: 'none' }))),
    ['The backup’s deals are not a list, so the file is damaged.', 'The backup’s commitments are not a list, so the file is damaged.'],
  ],
  [
    'a format-1 backup without its notes table',
    () => json(edit(seedLegacyBackup({ deals: 1, notes: 5, commitments: 1 }), (b) => delete (b.tables as Partial<typeof b.tables>).notes)),
    ['The backup has no list of notes: it is incomplete.'],
  ],
  [
    'an amount written as text',
    () => json(edit(good(), (b) => Object.assign(b.tables.deals[1]!, { amount: '1,000' }))),
    ['Deal 2 (id “deal-1”) in the file: The amount should be a number, not text.'],
  ],
  ['a record that is a string', () => json(edit(good(), (b) => ((b.tables.reps as unknown[])[3] = 'Rep 3'))), ['Rep 4 in the file is not a record (found text).']],
  [
    'a session without its start time',
    () => json(edit(good(), (b) => delete (b.tables.sessions[1] as Partial<(typeof b.tables.sessions)[number]>).startedAt)),
    ['Session 2 (id “session-1”) in the file: The start time is missing.'],
  ],
  [
    'a commitment with a status Sideline does not know',
    () => json(edit(good(), (b) => Object.assign(b.tables.commitments[0]!, { status: 'postponed' }))),
    ['Commitment 1 (id “commitment-0”) in the file: The status must be one of “open”, “done”, “missed”, “renegotiated” (not “postponed”).'],
  ],
  [
    'a close date that is not a date',
    () => json(edit(good(), (b) => Object.assign(b.tables.deals[0]!, { closeDate: '31/12/2026' }))),
    ['Deal 1 (id “deal-0”) in the file: The close date is not a date like 2026-03-31.'],
  ],
  [
    'a plan question with no text',
    () => json(edit(good(), (b) => (b.tables.sessions[0]!.plan = [{ ...b.tables.sessions[0]!.plan[0]!, text: '' }]))),
    ['Session 1 (id “session-0”) in the file: The plan item 1’s text is empty.'],
  ],
  [
    'a note over a million characters',
    () => json(edit(good(), (b) => Object.assign(b.tables.sessions[0]!.note!, { text: 'x'.repeat(1_000_001) }))),
    ['Session 1 (id “session-0”) in the file: The note’s text is too long (at most 1,000,000 characters, this one has 1,000,001).'],
  ],
  [
    'one id twice in a table',
    () => json(edit(good(), (b) => (b.tables.sessions[1]!.id = 'session-0'))),
    ['Sessions 1 and 2 in the file have the same id “session-0”, so one would overwrite the other.'],
  ],
  [
    'one CRM deal under two ids',
    () => json(edit(good(), (b) => (b.tables.deals[2]!.key = b.tables.deals[0]!.key))),
    ['Deals 1 and 3 in the file are the same CRM deal under two ids; only one can be kept.'],
  ],
  [
    'settings that are not Sideline’s',
    () => json(edit(good(), (b) => (b.tables.settings = [{ id: 'preferences' } as never]))),
    ['Settings record 1 (id “preferences”) in the file: The id must be “settings” (not “preferences”).'],
  ],
];

const BANK_CASES: Case[] = [
  ['a backup given to bank import', () => json(good()), ['This is a Sideline backup, not a question bank. Restore it under “Your data” instead.']],
  ['an empty bank file', () => new Uint8Array(0), ['This file is empty.']],
  [
    'a bank file in Windows-1252',
    () => {
      const bytes = json(bank());
      bytes[bytes.indexOf(0x57)] = 0x93; // a curly quote in Windows-1252, not UTF-8
      return bytes;
    },
    [
      'This file is not UTF-8 text, so it is not a question bank file Sideline saved (it may be a spreadsheet, a PDF, or text saved in another encoding). Choose the .json file Sideline exported.',
    ],
  ],
  [
    'a web page instead of a bank',
    () => utf8('<html><body>Questions</body></html>'),
    ['This file is a web page (HTML), not a question bank file. If you saved it from a browser tab, export it again from Sideline instead.'],
  ],
  [
    'a bank cut short',
    () => json(bank()).slice(0, 60),
    ['This file is cut short: it ends before its data does. It may not have finished downloading or copying; save the question bank file again.'],
  ],
  [
    'a bank nested too deep',
    () => utf8(`{"format":"sideline.question-bank","version":1,"bank":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`),
    ['This file nests its data more than 32 levels deep, which no question bank file does, so it was not read.'],
  ],
  ['a bank over 2 MB', () => json({ ...bank(), padding: 'x'.repeat(2 * 1024 * 1024) }), ['This file is 2.0 MB; a question bank file can be at most 2.0 MB, so it was not read.']],
  ['a bank of another format', () => json({ ...bank(), format: 'coaching-questions' }), ['This file is not a Sideline question bank: it lacks the mark every bank file carries.']],
  [
    'a bank from a newer Sideline',
    () => json({ ...bank(), version: 2 }),
    ['This bank was made by a newer Sideline (bank format 2; this one reads 1). Update Sideline, then import it.'],
  ],
  [
    'a bank without a version',
    () => json(edit(bank(), (b) => delete (b as Partial<typeof b>).version)),
    ['This bank file does not say which version of the format it is, so Sideline cannot read it safely.'],
  ],
  ['a bank file with no bank', () => json({ format: 'sideline.question-bank', version: 1 }), ['The bank is missing.']],
  ['a bank as a list', () => json([bank()]), ['This file is not a Sideline question bank: it holds no bank. Choose a file that “Export” saved from a bank.']],
  ['a question with empty text', () => json(edit(bank(), (b) => (b.bank.questions[0]!.text = '   '))), ['Question 1: The text is empty.']],
  [
    'a question for a stage Sideline does not know',
    () => json(edit(bank(), (b) => (b.bank.questions[0]!.stages = ['demo']))),
    ['Question 1: The stage 1 must be one of “prospecting”, “qualification”, “discovery”, “solution”, “proposal”, “negotiation”, “closing”, “won”, … (not “demo”).'],
  ],
  [
    'a question written as HTML',
    () => json(edit(bank(), (b) => (b.bank.questions[0]!.text = '<img src=x onerror=alert(1)>'))),
    ['Question 1: The text must be plain text, not HTML.'],
  ],
  [
    'two questions with one id',
    () => json(edit(bank(), (b) => b.bank.questions.push({ ...b.bank.questions[0]!, text: 'And who decides?' }))),
    ['Question 2 has the same id “q1” as question 1; each question needs its own id.'],
  ],
  ['questions that are not a list', () => json(edit(bank(), (b) => ((b.bank as { questions: unknown }).questions = 'none'))), ['The bank’s questions should be a list, not text.']],
  ['a question that is only text', () => json(edit(bank(), (b) => ((b.bank.questions as unknown[])[0] = 'Who decides?'))), ['Question 1: The question should be a group of fields, not text.']],
];

describe('malformed backups are refused in words, and change nothing', () => {
  it.each(BACKUP_CASES)('%s', async (_name, file, messages) => {
    const r = await restoreBackup(file());
    expect(r).toEqual({ ok: false, errors: messages });
    for (const m of messages) expect(m).not.toMatch(RAW);
    expect(await exportBackup(new Date(0))).toEqual(before);
  });
});

describe('malformed bank files are refused in words, and change nothing', () => {
  it.each(BANK_CASES)('%s', async (_name, file, messages) => {
    const r = await importBankFile(file());
    expect(r.ok).toBe(false);
    expect(r.ok === false ? r.errors.map((e) => e.message) : []).toEqual(messages);
    for (const m of messages) expect(m).not.toMatch(RAW);
    expect(await exportBackup(new Date(0))).toEqual(before);
  });
});

it('tests at least 40 malformed files', () => {
  expect(BACKUP_CASES.length + BANK_CASES.length).toBeGreaterThanOrEqual(40);
});
