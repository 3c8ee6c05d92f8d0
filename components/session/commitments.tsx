import { useId, useState } from 'react';
import { db } from '../data';
import type { CoachingSession, Commitment, Deal } from '@/lib/schema/records';
import { AutosaveField, useSynced } from '../autosave-field';
import { formatDate, relativeDay } from '../format';
import { addDays } from '@/lib/dates';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { t } from '@/lib/i18n';


/** Focus goes to what an action made (a new commitment's first field) once it renders. */
function focusWhenShown(doc: Document, selector: string, until = performance.now() + 2000) {
  const el = doc.querySelector<HTMLElement>(selector);
  if (el) el.focus();
  else if (performance.now() < until) requestAnimationFrame(() => focusWhenShown(doc, selector, until));
}

/**
 * This session's commitments: owned by the rep, in the rep's words, with a due
 * date and how the rep wants to be followed up.
 */
export function SessionCommitments({
  session,
  commitments,
  today,
}: {
  session: CoachingSession;
  commitments: Commitment[];
  today: string;
}) {
  return (
    <section className="stack" aria-labelledby="commit-h">
      <h2 id="commit-h">{t('session.commitments')}</h2>
      {commitments.length === 0 ? (
        <p className="small muted">
          {t('session.commitments.empty')}
          {session.mode === 'quick' ? ` ${t('session.commitments.oneIsEnough')}` : ''}
        </p>
      ) : null}
      <ul className="list">
        {commitments.map((c) => (
          <CommitmentEditor key={c.id} c={c} />
        ))}
      </ul>
      <div>
        <button
          type="button"
          className="btn"
          onClick={() =>
            void db
              .addCommitment({
                sessionId: session.id,
                dealId: session.dealId,
                repId: session.repId,
                text: '',
                dueDate: addDays(today, 7),
                followUp: '',
                suggestedBy: 'rep',
              })
              .then((c) => focusWhenShown(document, `[data-commitment-id="${c.id}"] textarea`))
          }
        >
          {t('session.commitments.add')}
        </button>
      </div>
    </section>
  );
}

function CommitmentEditor({ c }: { c: Commitment }) {
  const id = useId();
  const [by, setBy] = useSynced(c.suggestedBy);
  const [due, setDue] = useSynced(c.dueDate);
  const choose = (who: Commitment['suggestedBy']) => {
    setBy(who);
    void db.updateCommitment(c.id, { suggestedBy: who });
  };
  return (
    <li className="card stack tight" data-commitment-id={c.id}>
      <AutosaveField
        label={t('session.commitment.text')}
        value={c.text}
        maxLength={TEXT_LIMITS.commitmentText}
        placeholder={t('session.commitment.textPlaceholder')}
        multiline
        rows={2}
        target={{ kind: 'commitment', commitmentId: c.id, part: 'text' }}
      />
      <div className="row">
        <label className="field" htmlFor={`${id}-due`}>
          <span>{t('session.commitment.due')}</span>
          <input
            id={`${id}-due`}
            type="date"
            className="input"
            value={due}
            onChange={(e) => {
              setDue(e.target.value);
              if (e.target.value) void db.updateCommitment(c.id, { dueDate: e.target.value });
            }}
          />
        </label>
        <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="label">{t('session.commitment.whose')}</legend>
          <div className="seg">
            <label>
              <input
                type="radio"
                name={`${id}-by`}
                checked={by === 'rep'}
                onChange={() => choose('rep')}
              />
              <span>{t('session.commitment.repsIdea')}</span>
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-by`}
                checked={by === 'manager'}
                onChange={() => choose('manager')}
              />
              <span>{t('session.commitment.mine')}</span>
            </label>
          </div>
        </fieldset>
      </div>
      {by === 'manager' ? (
        <p className="notice warn small" data-testid="suggested-by-manager">
          {t('session.commitment.suggestedByYou')}
        </p>
      ) : null}
      <AutosaveField
        label={t('session.commitment.followUp')}
        value={c.followUp}
        maxLength={TEXT_LIMITS.commitmentFollowUp}
        placeholder={t('session.commitment.followUpPlaceholder')}
        target={{ kind: 'commitment', commitmentId: c.id, part: 'followUp' }}
      />
      <div>
        <button type="button" className="btn small ghost danger" onClick={() => void db.deleteCommitment(c.id)}>
          {t('session.commitment.remove')}
        </button>
      </div>
    </li>
  );
}

/**
 * The rep's open commitments from earlier sessions, on any deal: follow-up is
 * where coaching usually dies, so they come first.
 */
export function FollowUps({
  commitments,
  dealsById,
  today,
}: {
  commitments: Commitment[];
  dealsById: Map<string, Deal>;
  today: string;
}) {
  if (commitments.length === 0) return null;
  return (
    <section className="section" aria-labelledby="followup-h">
      <h2 id="followup-h">{t('session.followUps', { count: commitments.length })}</h2>
      <ul className="list">
        {commitments.map((c) => (
          <FollowUpItem key={c.id} c={c} deal={dealsById.get(c.dealId)} today={today} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpItem({ c, deal, today }: { c: Commitment; deal: Deal | undefined; today: string }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [renegotiating, setRenegotiating] = useState(false);
  const [newDate, setNewDate] = useState(addDays(today, 7));
  const overdue = c.dueDate < today;
  return (
    <li className="card stack tight" data-followup-id={c.id}>
      <p>
        <strong>{c.text.trim() || t('session.followUps.noWords')}</strong>
      </p>
      <p className="small muted">
        <span className={`chip ${overdue ? 'bad' : 'warn'}`}>
          {overdue ? t('session.followUps.overdue', { when: relativeDay(c.dueDate, today) }) : t('session.followUps.due', { date: formatDate(c.dueDate) })}
        </span>{' '}
        {deal?.name ? t('session.followUps.onDeal', { deal: deal.overrides.name ?? deal.name }) : null}
        {c.suggestedBy === 'manager' ? ` ${t('session.followUps.suggestedByYou')}` : null}
      </p>
      {c.followUp ? <p className="small">{t('session.followUps.agreed', { text: c.followUp })}</p> : null}
      <label className="field" htmlFor={`${id}-note`}>
        <span>{t('session.followUps.outcomeNote')}</span>
        <input id={`${id}-note`} className="input" maxLength={TEXT_LIMITS.outcomeNote} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('session.followUps.outcomePlaceholder')} />
      </label>
      {renegotiating ? (
        <div className="row">
          <label className="field" htmlFor={`${id}-date`}>
            <span>{t('session.followUps.newDate')}</span>
            <input id={`${id}-date`} type="date" className="input" value={newDate} onChange={(e) => setNewDate(e.target.value)} />
          </label>
          <button type="button" className="btn small primary" onClick={() => void db.resolveCommitment(c.id, 'renegotiated', note, newDate)}>
            {t('session.followUps.saveDate')}
          </button>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'done', note)}>
            {t('session.followUps.done')}
          </button>
          <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'missed', note)}>
            {t('session.followUps.missed')}
          </button>
          <button type="button" className="btn small" onClick={() => setRenegotiating(true)}>
            {t('session.followUps.renegotiate')}
          </button>
        </div>
      )}
    </li>
  );
}
