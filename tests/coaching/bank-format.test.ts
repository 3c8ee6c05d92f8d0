import { describe, expect, it } from 'vitest';
import { BUILTIN_BANK, exportQuestionBank, importQuestionBank } from '../../lib/coaching';

const file = (bank: unknown) => JSON.stringify({ format: 'sideline.question-bank', version: 1, bank });
const one = { id: 'team', name: 'Team bank', builtIn: false, enabled: true, questions: [{ id: 'q1', text: 'Who else is involved?', stages: ['discovery'], category: 'process', tags: [], followUps: [] }] };

describe('question-bank files', () => {
  it('gives back the same bank after export and import', () => {
    const result = importQuestionBank(exportQuestionBank(BUILTIN_BANK, new Date('2026-11-22T00:00:00Z')));
    expect(result).toEqual({ ok: true, bank: BUILTIN_BANK, flagged: [] });
  });

  it('explains what is wrong, with the JSON path, instead of throwing', () => {
    const errors = (input: unknown) => {
      const r = importQuestionBank(input);
      return r.ok ? [] : r.errors;
    };
    expect(errors('{oops}')).toEqual([{ path: '$', message: 'This file is not a question bank file: it is not JSON, the format Sideline saves, so it cannot be read.' }]);
    expect(errors('{oops')).toEqual([{ path: '$', message: 'This file is cut short: it ends before its data does. It may not have finished downloading or copying; save the question bank file again.' }]);
    expect(errors(JSON.stringify({ format: 'other', version: 1 }))[0]!.path).toBe('$.format');
    expect(errors(JSON.stringify({ format: 'sideline.question-bank', version: 2 }))[0]!.path).toBe('$.version');
    expect(errors(file({ ...one, questions: [...one.questions, one.questions[0]] }))).toEqual([
      { path: '$.bank.questions[1].id', message: 'Question 2 has the same id “q1” as question 1; each question needs its own id.' },
    ]);
    expect(errors(file({ ...one, questions: [{ ...one.questions[0], text: '   ' }] }))[0]!.path).toBe('$.bank.questions[0].text');
    expect(errors(file({ ...one, questions: [{ ...one.questions[0], stages: ['demo'] }] }))[0]!.path).toBe('$.bank.questions[0].stages[0]');
    expect(errors(file({ ...one, questions: [{ ...one.questions[0], text: '<img src=x onerror=alert(1)>' }] }))[0]!.message).toMatch(/plain text/);
  });

  it('refuses files over 2 MB', () => {
    const big = file({ ...one, description: 'x'.repeat(2 * 1024 * 1024) });
    expect(importQuestionBank(big)).toEqual({ ok: false, errors: [{ path: '$', message: 'This file is 2.0 MB; a question bank file can be at most 2.0 MB, so it was not read.' }] });
  });
});
