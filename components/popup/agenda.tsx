// Types and zod-free modules only: the popup opens on every toolbar click, and
// reads through the background (components/data.ts), without Dexie or zod
// (tests/meta/bundles.test.ts checks).
import type { AgendaCommitment } from '@/lib/db/agenda';
import { effectiveDeal } from '@/lib/db/effective-deal';
import { weekStartIso } from '@/lib/dates';
import type { Deal } from '@/lib/schema/records';
import { db, useDbQuery } from '../data';
import { formatDate, formatDuration, relativeDay, todayIso } from '../format';

/** Opens a deal's CRM page. The URL came from a page, so only http(s) URLs on the deal's own host are opened. */
export function openDeal(deal: Deal | undefined) {
  if (!deal) return;
  try {
    const url = new URL(deal.url);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.host === deal.host) {
      void browser.tabs.create({ url: url.href });
    }
  } catch {
    /* not a URL: nothing to open */
  }
}

/** Today's coaching agenda: follow-ups first, then unfinished sessions, then who to coach. */
export function Agenda() {
  const today = todayIso();
  const data = useDbQuery((q) => q.loadTodaysAgenda(today, weekStartIso(today)), [today]);

  if (data === undefined) {
    return (
      <div className="section" aria-busy="true" aria-label="Loading agenda">
        <div className="skeleton" style={{ width: '60%', height: 16 }} />
        <div className="skeleton" />
        <div className="skeleton" style={{ width: '80%' }} />
      </div>
    );
  }
  const { agenda, ledger } = data;
  const prepared = agenda.prepared ?? [];
  const nothing = agenda.followUps.length === 0 && agenda.unfinished.length === 0 && prepared.length === 0;
  return (
    <div data-testid="agenda">
      <div className="section">
        <div className="row between">
          <h1>Today’s coaching</h1>
          <span className="small muted">{formatDate(today)}</span>
        </div>
        <p className="small muted" data-testid="ledger">
          {ledger.sessions === 0
            ? 'No coaching sessions yet this week.'
            : `This week: ${formatDuration(ledger.totalSec)} of coaching in ${ledger.sessions} session${ledger.sessions === 1 ? '' : 's'}.`}
        </p>
      </div>
      {nothing ? (
        <div className="empty">
          <strong>Nothing to follow up today</strong>
          <span className="small">Open a rep’s deal in your CRM and press “Start session” — it takes five minutes.</span>
        </div>
      ) : null}
      {prepared.length ? (
        <section className="section" aria-labelledby="prepared-h">
          <h2 id="prepared-h">Prepared for today</h2>
          <ul className="list">
            {prepared.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between" data-prepared-id={session.id}>
                <span className="grow">
                  <strong>{rep?.name ?? deal?.ownerName ?? 'Rep not linked yet'}</strong>{' '}
                  <span className="muted small">
                    {deal ? effectiveDeal(deal).name : ''} · {session.kind === 'tactical' ? 'tactical' : 'strategic'}, {session.timeBoxMin} min · prepared{' '}
                    {relativeDay(session.preparedAt ?? session.startedAt, today)}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.followUps.length ? (
        <section className="section" aria-labelledby="due-h">
          <h2 id="due-h">Follow up ({agenda.followUps.length})</h2>
          <ul className="list">
            {agenda.followUps.map((f) => (
              <FollowUpRow key={f.commitment.id} f={f} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.unfinished.length ? (
        <section className="section" aria-labelledby="open-h">
          <h2 id="open-h">Unfinished sessions</h2>
          <ul className="list">
            {agenda.unfinished.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between">
                <span className="grow">
                  <strong>{rep?.name ?? 'Unlinked rep'}</strong>{' '}
                  <span className="muted small">
                    {deal ? effectiveDeal(deal).name : ''} · started {relativeDay(session.startedAt, today)}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.toCoach.length ? (
        <section className="section" aria-labelledby="coach-h">
          <h2 id="coach-h">Who to coach next</h2>
          <p className="small muted">Middle performers first: they gain the most.</p>
          <ul className="list">
            {agenda.toCoach.map((r) => (
              <li key={r.id} className="row between small">
                <span>
                  <strong>{r.name}</strong> <span className="muted">{r.tier}</span>
                </span>
                <span className="muted">{r.lastCoachedAt ? `coached ${relativeDay(r.lastCoachedAt, today)}` : 'never coached'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function FollowUpRow({ f, today }: { f: AgendaCommitment; today: string }) {
  const c = f.commitment;
  return (
    <li className="card stack tight" data-commitment-id={c.id}>
      <div className="row between small">
        <strong>{f.rep?.name ?? 'Unlinked rep'}</strong>
        <span className={`chip ${f.overdue ? 'bad' : 'warn'}`}>{f.overdue ? `overdue ${relativeDay(c.dueDate, today)}` : c.dueDate === today ? 'due today' : `due ${relativeDay(c.dueDate, today)}`}</span>
      </div>
      <p>{c.text.trim() || '(no words written)'}</p>
      {c.followUp ? <p className="small muted">Follow-up they chose: “{c.followUp}”</p> : null}
      <div className="row">
        {f.deal ? (
          <button type="button" className="btn small ghost" onClick={() => openDeal(f.deal)}>
            {effectiveDeal(f.deal).name ?? 'Open deal'}
          </button>
        ) : null}
        <span className="grow" />
        <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'done', '')}>
          Done
        </button>
        <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'missed', '')}>
          Missed
        </button>
      </div>
    </li>
  );
}
