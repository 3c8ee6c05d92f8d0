import { useId, useState } from 'react';
import type { PlanItem } from '@/lib/schema/records';
import { lintCoachingText } from '@/lib/coaching/lint';
import { AutosaveField, useSynced } from '../autosave-field';
import { db } from '../data';
import { getJournal } from '../journal';
import { CoachFindings } from '../coach-findings';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { t, type MessageKey } from '@/lib/i18n';

const ROLE_LABEL = {
  opener: 'session.role.opener',
  stage: 'session.role.stage',
  signal: 'session.role.signal',
  closer: 'session.role.closer',
  own: 'session.role.own',
} as const satisfies Record<PlanItem['role'], MessageKey>;

export interface QuestionListProps {
  sessionId: string;
  plan: PlanItem[];
  /** An alternative for this question, or null when the bank has none left. */
  onSwap: (questionId: string) => PlanItem | null;
}

/**
 * The plan: each question with why it was chosen. Mark it asked, write the
 * rep's answer in their words, use a follow-up prompt, swap it, or add one's own.
 */
export function QuestionList({ sessionId, plan, onSwap }: QuestionListProps) {
  // Every edit is applied to the plan as stored, so quick edits never overwrite each other.
  const [noSwap, setNoSwap] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="questions-h">
      <h2 id="questions-h">{t('session.questions')}</h2>
      <ol className="list" data-testid="question-plan">
        {plan.map((item) => (
          <li key={item.questionId} className="card stack tight" data-question-id={item.questionId}>
            <div className="row between small">
              <span className="chip">{t(ROLE_LABEL[item.role])}</span>
              <span className="muted grow" style={{ textAlign: 'right' }}>
                {item.reason}
              </span>
            </div>
            <label className="row" style={{ alignItems: 'flex-start' }}>
              <AskedBox sessionId={sessionId} item={item} />
              <span className="grow" style={{ fontWeight: 500 }}>
                {item.text}
              </span>
            </label>
            {item.asked || item.answer ? (
              <AutosaveField
                label={t('session.questions.answer')}
                value={item.answer}
                maxLength={TEXT_LIMITS.answer}
                multiline
                rows={2}
                target={{ kind: 'answer', sessionId, questionId: item.questionId }}
              />
            ) : null}
            <div className="row small">
              {(item.followUps.length ? item.followUps : [t('session.questions.tellMeMore'), t('session.questions.whatElse')]).map((f) => (
                <button
                  key={f}
                  type="button"
                  className="btn small ghost"
                  title={t('session.questions.promptHint')}
                  aria-pressed={(item.promptsUsed ?? []).includes(f)}
                  onClick={async () => {
                    // Let the typed answer land first: the prompt marks the question asked in the same record.
                    await getJournal().whenSaved(3000);
                    void db.appendFollowUp(sessionId, item.questionId, f);
                  }}
                >
                  {f}
                </button>
              ))}
              {item.role !== 'own' ? (
                <button
                  type="button"
                  className="btn small"
                  aria-label={t('session.questions.swapNamed', { text: item.text })}
                  onClick={() => {
                    const next = onSwap(item.questionId);
                    if (next) {
                      setNoSwap(null);
                      void db.replacePlanItem(sessionId, item.questionId, next);
                    } else setNoSwap(item.questionId);
                  }}
                >
                  {t('session.questions.swap')}
                </button>
              ) : (
                <button type="button" className="btn small ghost danger" onClick={() => void db.removePlanItem(sessionId, item.questionId)}>
                  {t('session.questions.remove')}
                </button>
              )}
            </div>
            {noSwap === item.questionId ? <p className="small muted">{t('session.questions.noSwap')}</p> : null}
          </li>
        ))}
      </ol>
      <OwnQuestion
        onAdd={(text) =>
          void db.addPlanItem(sessionId, { questionId: `own-${crypto.randomUUID()}`, text, role: 'own', reason: t('session.questions.addedByYou'), followUps: [], asked: false, answer: '' })
        }
      />
    </section>
  );
}

function AskedBox({ sessionId, item }: { sessionId: string; item: PlanItem }) {
  const [asked, setAsked] = useSynced(item.asked);
  return (
    <input
      type="checkbox"
      checked={asked}
      aria-label={t('session.questions.askedNamed', { text: item.text })}
      onChange={(e) => {
        setAsked(e.target.checked);
        void db.patchPlanItem(sessionId, item.questionId, { asked: e.target.checked });
      }}
    />
  );
}

/** Adding one's own question, checked live by the ask-vs-tell coach. */
function OwnQuestion({ onAdd }: { onAdd: (text: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const telling = lintCoachingText(text).length > 0;
  return (
    <form
      className="stack tight"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim());
        setText('');
      }}
    >
      <label htmlFor={id} className="label">
        {t('session.questions.own')}
      </label>
      <div className="row">
        <input id={id} className="input grow" maxLength={TEXT_LIMITS.planItemText} value={text} placeholder={t('session.questions.ownPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="btn" disabled={!text.trim()}>
          {t('session.questions.add')}
        </button>
      </div>
      <CoachFindings text={text} onReplace={setText} />
      {text.trim() && !telling ? <span className="small muted">{t('session.questions.openGood')}</span> : null}
    </form>
  );
}
