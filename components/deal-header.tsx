import { Fragment, useId, useState } from 'react';
import type { EffectiveDeal } from '@/lib/db/effective-deal';
import { db } from './data';
import { CANONICAL_STAGES, type CanonicalStage } from '@/lib/model/stage';
import { stageLabel } from '@/lib/session/labels';
import { t } from '@/lib/i18n';
import type { Deal, DealOverrides } from '@/lib/schema/records';
import type { DealContext } from '@/lib/schema/deal-context';
import { DEAL_FIELDS, type DealFieldName } from '@/lib/model/crm';
import { fieldLabel, formatAmount, formatDate } from './format';
import { TEXT_LIMITS } from '@/lib/schema/limits';

/**
 * Deal header: what the page shows, as text. A field the page did not give is
 * marked missing and can be set here; the correction sticks for this deal.
 */
export function DealHeader({
  deal,
  eff,
  context,
  stage,
  waiting = [],
  compact,
}: {
  deal: Deal;
  eff: EffectiveDeal;
  context: DealContext;
  stage: CanonicalStage | null;
  /** Fields the page may still render: said to be awaited, not missing. */
  waiting?: readonly DealFieldName[];
  /** During a session the header is one line (the session starts above the fold); "Deal details" opens it. */
  compact?: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [details, setDetails] = useState(false);
  // A name that never rendered stands in as `Deal <id>` from the URL: ask for the real one.
  const nameFromUrl = context.name?.source === 'url' && eff.name === context.name.value;
  const absent = DEAL_FIELDS.filter((f) => {
    const v = f === 'stage' ? eff.stageLabel : f === 'owner' ? eff.ownerName : f === 'amount' ? eff.amount : eff[f];
    return v === null || (f === 'name' && nameFromUrl);
  });
  const awaited = absent.filter((f) => waiting.includes(f));
  const missing = absent.filter((f) => !waiting.includes(f));
  const none = (f: DealFieldName) => <span className="muted">{awaited.includes(f) ? t('session.deal.reading') : t('session.deal.missing')}</span>;
  const names = (fields: readonly DealFieldName[]) => fields.map((m) => fieldLabel(m).toLowerCase()).join(', ');
  if (compact && !details && !editing) {
    const parts = [
      ['stage', eff.stageLabel],
      ['amount', eff.amount === null ? null : formatAmount(eff.amount, eff.currency)],
      ['closeDate', eff.closeDate ? formatDate(eff.closeDate) : null],
    ].filter((p): p is [string, string] => p[1] !== null);
    const line = parts.map((p) => p[1]).join(' · ');
    return (
      <header className="section deal-line" aria-label={t('session.deal')}>
        <div className="row">
          <h1 className="one-line" data-field="name" title={eff.name ?? undefined}>
            {eff.name ?? <span className="muted">{t('session.deal.unnamed')}</span>}
          </h1>
          <span className="small muted one-line grow" title={line}>
            {parts.map(([field, value], i) => (
              <Fragment key={field}>
                {i ? ' · ' : ''}
                <span data-field={field}>{value}</span>
              </Fragment>
            ))}
          </span>
          <button type="button" className="btn ghost small" aria-expanded={false} onClick={() => setDetails(true)}>
            {t('session.deal.details')}
          </button>
        </div>
      </header>
    );
  }
  return (
    <header className="section" aria-label={t('session.deal')}>
      <div className="row between">
        <h1 className="grow" data-field="name">
          {eff.name ?? <span className="muted">{t('session.deal.unnamed')}</span>}
        </h1>
        <button type="button" className="btn ghost small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('session.deal.doneCorrecting') : t('session.deal.correct')}
        </button>
        {compact ? (
          <button type="button" className="btn ghost small" aria-expanded={true} onClick={() => setDetails(false)}>
            {t('session.deal.details')}
          </button>
        ) : null}
      </div>
      <dl className="kv">
        <dt>{fieldLabel('stage')}</dt>
        <dd data-field="stage">
          {eff.stageLabel ?? none('stage')}{' '}
          {stage ? <span className="chip accent">{stageLabel(stage)}</span> : null}
        </dd>
        <dt>{fieldLabel('amount')}</dt>
        <dd data-field="amount">{eff.amount === null ? none('amount') : formatAmount(eff.amount, eff.currency)}</dd>
        <dt>{fieldLabel('closeDate')}</dt>
        <dd data-field="closeDate">{eff.closeDate ? formatDate(eff.closeDate) : none('closeDate')}</dd>
        <dt>{fieldLabel('owner')}</dt>
        <dd data-field="owner">{eff.ownerName ?? none('owner')}</dd>
      </dl>
      {awaited.length > 0 ? (
        <p className="small muted" role="status">
          {t('session.deal.waiting', { fields: names(awaited) })}
        </p>
      ) : null}
      {missing.length > 0 && !editing ? (
        <p className="small muted">
          {context.crm === 'custom' ? t('session.deal.siteDidNotShow', { fields: names(missing) }) : t('session.deal.pageDidNotShow', { fields: names(missing) })}{' '}
          <button type="button" className="btn ghost small" onClick={() => setEditing(true)}>
            {t('session.deal.fillIn')}
          </button>
        </p>
      ) : null}
      {editing ? <DealCorrections deal={deal} eff={eff} /> : null}
    </header>
  );
}

function DealCorrections({ deal, eff }: { deal: Deal; eff: EffectiveDeal }) {
  const id = useId();
  const save = <K extends keyof DealOverrides>(field: K, value: DealOverrides[K] | null) =>
    void db.setDealOverride(deal.id, field, value);
  const text = (field: 'name' | 'stage' | 'owner', value: string) => save(field, value.trim() ? value.trim() : null);
  return (
    <form className="stack card soft" onSubmit={(e) => e.preventDefault()} aria-label={t('session.deal.correctForm')}>
      <p className="small muted">{t('session.deal.correctHint')}</p>
      <label className="field" htmlFor={`${id}-name`}>
        <span>{fieldLabel('name')}</span>
        <input id={`${id}-name`} className="input" maxLength={TEXT_LIMITS.dealText} defaultValue={deal.overrides.name ?? eff.name ?? ''} onBlur={(e) => text('name', e.target.value)} />
      </label>
      <label className="field" htmlFor={`${id}-stage`}>
        <span>{t('session.deal.stageAsCrm')}</span>
        <input id={`${id}-stage`} className="input" maxLength={TEXT_LIMITS.dealText} defaultValue={deal.overrides.stage ?? eff.stageLabel ?? ''} onBlur={(e) => text('stage', e.target.value)} />
      </label>
      <div className="row">
        <label className="field grow" htmlFor={`${id}-amount`}>
          <span>{fieldLabel('amount')}</span>
          <input
            id={`${id}-amount`}
            className="input"
            inputMode="decimal"
            defaultValue={deal.overrides.amount ?? eff.amount ?? ''}
            onBlur={(e) => {
              const n = Number(e.target.value.replace(/[^\d.-]/g, ''));
              save('amount', e.target.value.trim() && Number.isFinite(n) ? n : null);
            }}
          />
        </label>
        <label className="field" htmlFor={`${id}-currency`} style={{ width: 80 }}>
          <span>{t('session.deal.currency')}</span>
          <input
            id={`${id}-currency`}
            className="input"
            maxLength={TEXT_LIMITS.currency}
            defaultValue={deal.overrides.currency ?? eff.currency ?? ''}
            onBlur={(e) => {
              const c = e.target.value.trim().toUpperCase();
              save('currency', /^[A-Z]{3}$/.test(c) ? c : null);
            }}
          />
        </label>
      </div>
      <label className="field" htmlFor={`${id}-close`}>
        <span>{fieldLabel('closeDate')}</span>
        <input
          id={`${id}-close`}
          className="input"
          type="date"
          defaultValue={deal.overrides.closeDate ?? eff.closeDate ?? ''}
          onChange={(e) => save('closeDate', e.target.value || null)}
        />
      </label>
      <label className="field" htmlFor={`${id}-owner`}>
        <span>{fieldLabel('owner')}</span>
        <input id={`${id}-owner`} className="input" maxLength={TEXT_LIMITS.dealText} defaultValue={deal.overrides.owner ?? eff.ownerName ?? ''} onBlur={(e) => text('owner', e.target.value)} />
      </label>
    </form>
  );
}

/** An unknown stage label: ask once per CRM and label, then remember. */
export function StagePrompt({ crm, label }: { crm: DealContext['crm']; label: string }) {
  const id = useId();
  return (
    <div className="section">
      <div className="card soft stack" role="group" aria-labelledby={`${id}-q`}>
        <p id={`${id}-q`}>
          <strong>{t('session.stagePrompt.question', { label })}</strong>{' '}
          <span className="muted">{t('session.stagePrompt.hint')}</span>
        </p>
        <div className="row">
          {CANONICAL_STAGES.map((s) => (
            <button key={s} type="button" className="btn small" onClick={() => void db.setStageMapping(crm, label, s)}>
              {stageLabel(s)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
