import { useId, useState } from 'react';
import { db } from '../data';
import type { CoachingSession, Commitment, Deal } from '@/lib/schema/records';
import { AutosaveField, useSynced } from '../autosave-field';
import { formatDate, relativeDay } from '../format';
import { addDays } from '@/lib/dates';
import { TEXT_LIMITS } from '@/lib/schema/limits';


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
      <h2 id="commit-h">Commitments</h2>
      {commitments.length === 0 ? (
        <p className="small muted">
          Ask the rep what they will do next, and by when. {session.mode === 'quick' ? 'One commitment is enough.' : ''}
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
          Add commitment
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
        label="Commitment, in the rep's words"
        value={c.text}
        maxLength={TEXT_LIMITS.commitmentText}
        placeholder="I will…"
        multiline
        rows={2}
        target={{ kind: 'commitment', commitmentId: c.id, part: 'text' }}
      />
      <div className="row">
        <label className="field" htmlFor={`${id}-due`}>
          <span>Due</span>
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
          <legend className="label">Whose idea</legend>
          <div className="seg">
            <label>
              <input
                type="radio"
                name={`${id}-by`}
                checked={by === 'rep'}
                onChange={() => choose('rep')}
              />
              <span>The rep's</span>
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-by`}
                checked={by === 'manager'}
                onChange={() => choose('manager')}
              />
              <span>Mine</span>
            </label>
          </div>
        </fieldset>
      </div>
      {by === 'manager' ? (
        <p className="notice warn small" data-testid="suggested-by-manager">
          Suggested by you. The coach says: ask the rep to say it back in their own words, so it becomes theirs.
        </p>
      ) : null}
      <AutosaveField
        label="How do you want me to follow up if you don't honor this?"
        value={c.followUp}
        maxLength={TEXT_LIMITS.commitmentFollowUp}
        placeholder="In the rep's words, e.g. “Ask me in Monday's 1:1.”"
        target={{ kind: 'commitment', commitmentId: c.id, part: 'followUp' }}
      />
      <div>
        <button type="button" className="btn small ghost danger" onClick={() => void db.deleteCommitment(c.id)}>
          Remove
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
      <h2 id="followup-h">Follow up first ({commitments.length})</h2>
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
        <strong>{c.text.trim() || '(no words written)'}</strong>
      </p>
      <p className="small muted">
        <span className={`chip ${overdue ? 'bad' : 'warn'}`}>
          {overdue ? `overdue, due ${relativeDay(c.dueDate, today)}` : `due ${formatDate(c.dueDate)}`}
        </span>{' '}
        {deal?.name ? `on ${deal.overrides.name ?? deal.name}` : null}
        {c.suggestedBy === 'manager' ? ' · suggested by you' : null}
      </p>
      {c.followUp ? <p className="small">Agreed follow-up: “{c.followUp}”</p> : null}
      <label className="field" htmlFor={`${id}-note`}>
        <span>Outcome note</span>
        <input id={`${id}-note`} className="input" maxLength={TEXT_LIMITS.outcomeNote} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What happened, in the rep's words" />
      </label>
      {renegotiating ? (
        <div className="row">
          <label className="field" htmlFor={`${id}-date`}>
            <span>New due date</span>
            <input id={`${id}-date`} type="date" className="input" value={newDate} onChange={(e) => setNewDate(e.target.value)} />
          </label>
          <button type="button" className="btn small primary" onClick={() => void db.resolveCommitment(c.id, 'renegotiated', note, newDate)}>
            Save new date
          </button>
        </div>
      ) : (
        <div className="row">
          <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'done', note)}>
            Done
          </button>
          <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'missed', note)}>
            Missed
          </button>
          <button type="button" className="btn small" onClick={() => setRenegotiating(true)}>
            Renegotiate
          </button>
        </div>
      )}
    </li>
  );
}
