import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { exportQuestionBank, lintCoachingText, whyNotServed, type FlaggedQuestion } from '@/lib/coaching';
import type { BankImportOutcome } from '@/lib/db/bank-import';
import { BankClashQuestion, type BankClash } from './bank-clash';
import { CANONICAL_STAGES, type CanonicalStage } from '@/lib/model/stage';
import { stageLabel } from '@/lib/session/labels';
import { QUESTION_CATEGORIES, type QuestionBank, type QuestionCategory } from '@/lib/schema/question';
import { CoachFindings } from '../coach-findings';
import { useSynced } from '../autosave-field';
import { downloadText } from '../download';
import { StageSelect } from '../stage-select';
import { FileButton } from '../file-button';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { getLocale, t, type MessageKey } from '@/lib/i18n';
import { banksIn } from '@/lib/coaching/bank-language';

// What each kind of question is called on screen.
const CATEGORY_KEY = {
  opener: 'options.banks.category.opener',
  process: 'options.banks.category.process',
  strategic: 'options.banks.category.strategic',
  tactical: 'options.banks.category.tactical',
  gap: 'options.banks.category.gap',
  accountability: 'options.banks.category.accountability',
  debrief: 'options.banks.category.debrief',
} as const satisfies Record<QuestionCategory, MessageKey>;

const MY_BANK_ID = 'my-questions';

/** Question banks: switch questions off, add your own, import and export banks. */
export function QuestionBanks() {
  // The built-in bank in the manager's language; their own banks as written.
  const stored = useDbQuery((q) => q.listBanks(), []);
  const banks = stored && banksIn(stored, getLocale());
  const [stage, setStage] = useState<CanonicalStage | 'all'>('all');
  const [importErrors, setImportErrors] = useState<Array<{ path: string; message: string }> | null>(null);
  const [importOk, setImportOk] = useState<string | null>(null);
  const [clash, setClash] = useState<BankClash | null>(null);
  const [importFlagged, setImportFlagged] = useState<FlaggedQuestion[]>([]);
  const id = useId();
  const showImport = (r: BankImportOutcome) => {
    if (r.ok === 'clash') return setClash(r);
    if (!r.ok) return setImportErrors(r.errors);
    setImportErrors(null);
    setImportOk(t(r.replaced ? 'options.banks.replaced' : 'options.banks.imported', { name: r.bank.name, count: r.bank.questions.length }));
    // Questions the coach reads as telling arrive switched off, listed with the reason.
    setImportFlagged(r.flagged);
  };
  if (!banks) return <div className="skeleton" aria-label={t('options.banks.loading')} />;

  return (
    <section className="stack" aria-labelledby="banks-h">
      <div className="row between">
        <h2 id="banks-h">{t('options.banks.heading')}</h2>
        <div className="row">
          <FileButton
            label={t('options.banks.import')}
            className="btn small"
            onFile={async (file) => {
              setImportOk(null);
              setClash(null);
              setImportFlagged([]);
              // Read here, checked in the database client: a file's bytes, never its decoded guess.
              showImport(await db.importBankFile(new Uint8Array(await file.arrayBuffer())));
            }}
          />
        </div>
      </div>
      {clash ? <BankClashQuestion clash={clash} onDone={(outcome) => (setClash(null), outcome ? showImport(outcome) : setImportOk(t('options.banks.notImported')))} /> : null}
      {importErrors ? (
        <div className="notice bad small" role="alert">
          <strong>{t('options.banks.importFailed')}</strong>
          <ul>
            {importErrors.slice(0, 10).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {importOk ? (
        <p className="notice small" role="status">
          {importOk}
        </p>
      ) : null}
      {importFlagged.length ? (
        <div className="notice warn small" data-testid="import-flagged">
          <strong>{t('options.banks.flagged', { count: importFlagged.length })}</strong>
          <ul>
            {importFlagged.map((f) => (
              <li key={f.id}>
                “{f.text}” — {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label className="field" htmlFor={`${id}-stage`} style={{ maxWidth: 240 }}>
        <span>{t('options.banks.showStage')}</span>
        <select id={`${id}-stage`} className="input" value={stage} onChange={(e) => setStage(e.target.value as CanonicalStage | 'all')}>
          <option value="all">{t('options.banks.allStages')}</option>
          {CANONICAL_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </select>
      </label>
      {banks.map((bank) => (
        <BankCard key={bank.id} bank={bank} banks={banks} stage={stage} />
      ))}
      {banks.some((b) => b.id === MY_BANK_ID) ? null : <NewQuestion bank={null} />}
    </section>
  );
}

function BankCard({ bank, banks, stage }: { bank: QuestionBank; banks: QuestionBank[]; stage: CanonicalStage | 'all' }) {
  const questions = bank.questions.filter((q) => stage === 'all' || q.stages.includes(stage));
  const off = bank.questions.filter((q) => q.disabled).length;
  return (
    <details className="card" open={!bank.builtIn} data-bank-id={bank.id}>
      <summary className="row between">
        <span>
          <strong>{bank.name}</strong>{' '}
          <span className="small muted">
            {t('options.banks.questionCount', { count: bank.questions.length })}
            {off ? t('options.banks.switchedOff', { count: off }) : ''}
            {bank.builtIn ? t('options.banks.builtIn') : ''}
            {bank.enabled === false ? t('options.banks.notUsed') : ''}
          </span>
        </span>
      </summary>
      <div className="stack" style={{ marginTop: 8 }}>
        <div className="row">
          <button
            type="button"
            className="btn small"
            onClick={() => downloadText(`${bank.id}.sideline-bank.json`, exportQuestionBank(bank, new Date()))}
          >
            {t('options.banks.export')}
          </button>
          {!bank.builtIn ? (
            <>
              <button type="button" className="btn small" onClick={() => void db.setBankEnabled(bank.id, bank.enabled === false)}>
                {bank.enabled === false ? t('options.banks.use') : t('options.banks.stopUsing')}
              </button>
              <button
                type="button"
                className="btn small danger"
                onClick={() => {
                  if (confirm(t('options.banks.confirmDelete', { name: bank.name }))) void db.deleteBank(bank.id);
                }}
              >
                {t('options.banks.delete')}
              </button>
            </>
          ) : null}
        </div>
        <ul className="list">
          {questions.map((q) => (
            <li key={q.id} className="row" style={{ alignItems: 'flex-start' }}>
              <QuestionToggle bankId={bank.id} id={q.id} text={q.text} on={!q.disabled} />
              <span className="grow" style={{ opacity: q.disabled ? 0.55 : 1 }}>
                {q.text}{' '}
                <span className="small muted">
                  {t(CATEGORY_KEY[q.category])} · {q.stages.map((s) => stageLabel(s)).join(', ')}
                  {/* The same merge as the planner and Swap say why a question is not served. */}
                  {(() => {
                    const why = whyNotServed(banks, bank.id, q);
                    return why ? <span data-testid="not-served"> · {why}</span> : null;
                  })()}
                </span>
              </span>
            </li>
          ))}
          {questions.length === 0 ? <li className="small muted">{t('options.banks.noneForStage')}</li> : null}
        </ul>
        {bank.id === MY_BANK_ID ? <NewQuestion bank={bank} /> : null}
      </div>
    </details>
  );
}

function QuestionToggle({ bankId, id, text, on }: { bankId: string; id: string; text: string; on: boolean }) {
  const [checked, setChecked] = useSynced(on);
  return (
    <input
      type="checkbox"
      checked={checked}
      aria-label={t('options.banks.useQuestion', { text })}
      onChange={(e) => {
        setChecked(e.target.checked);
        void db.setQuestionDisabled(bankId, id, !e.target.checked);
      }}
    />
  );
}

/** Adds a question to "My questions" (created on first use), checked by the ask-vs-tell coach. */
function NewQuestion({ bank }: { bank: QuestionBank | null }) {
  const id = useId();
  const [text, setText] = useState('');
  const [stage, setStage] = useState<CanonicalStage>('discovery');
  const [category, setCategory] = useState<QuestionCategory>('process');
  const [error, setError] = useState<string | null>(null);
  const telling = lintCoachingText(text).length > 0;
  return (
    <form
      className="card soft stack"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const base: QuestionBank = bank ?? { id: MY_BANK_ID, name: t('options.banks.myQuestions'), builtIn: false, enabled: true, questions: [] };
        try {
          await db.saveBank({
            ...base,
            questions: [
              ...base.questions,
              { id: `my-${crypto.randomUUID()}`, text: text.trim(), stages: [stage], category, tags: [], followUps: [t('options.banks.followUpTellMore'), t('options.banks.followUpWhatElse')] },
            ],
          });
          setText('');
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        }
      }}
    >
      <h3>{t('options.banks.addOwn')}</h3>
      <label className="field" htmlFor={`${id}-text`}>
        <span>{t('options.banks.question')}</span>
        <input id={`${id}-text`} className="input" maxLength={TEXT_LIMITS.questionText} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('options.banks.questionPlaceholder')} />
      </label>
      <CoachFindings text={text} onReplace={setText} />
      <div className="row">
        <label className="field" htmlFor={`${id}-stage`}>
          <span>{t('options.banks.stage')}</span>
          <StageSelect id={`${id}-stage`} label={t('options.banks.stage')} value={stage} onChange={setStage} />
        </label>
        <label className="field" htmlFor={`${id}-cat`}>
          <span>{t('options.banks.kind')}</span>
          <select id={`${id}-cat`} className="input" value={category} onChange={(e) => setCategory(e.target.value as QuestionCategory)}>
            {QUESTION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(CATEGORY_KEY[c])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="notice bad small" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="btn primary" disabled={!text.trim() || telling}>
          {t('options.banks.add')}
        </button>
        {telling ? <span className="small muted"> {t('options.banks.rephraseFirst')}</span> : null}
      </div>
    </form>
  );
}
