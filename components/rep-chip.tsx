import { useId, useState } from 'react';
import { db, useDbQuery } from './data';
import type { Rep, RepTier, TrustLevel } from '@/lib/schema/records';
import { REP_TIERS, TRUST_LEVELS } from '@/lib/model/enums';
import type { CrmId } from '@/lib/schema/deal-context';
import { relativeDay } from './format';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { chosenTier } from '@/lib/model/rep-tier';
import { TierNotSet } from './tier-flag';
import { tierLabel, trustChipLabel, trustLabel } from '@/lib/session/labels';
import { t } from '@/lib/i18n';


export function RepChip({ rep, today, onEdit }: { rep: Rep; today: string; onEdit?: () => void }) {
  return (
    <div className="row small" data-testid="rep-chip">
      <strong>{rep.name}</strong>
      {chosenTier(rep) ? <span className="chip">{tierLabel(rep.tier)}</span> : <TierNotSet />}
      <span className={`chip ${rep.trust}`} title={t('session.rep.trustHint')}>
        {trustChipLabel(rep.trust)}
      </span>
      <span className="muted">{rep.lastCoachedAt ? t('session.rep.coached', { when: relativeDay(rep.lastCoachedAt, today) }) : t('session.rep.notCoached')}</span>
      {onEdit ? (
        <button type="button" className="btn ghost small" onClick={onEdit}>
          {t('session.rep.edit')}
        </button>
      ) : null}
    </div>
  );
}

/** Tier and trust selects. `tier` null: not set, offered as "Not set" (always, where `canUnset`: a new rep may be left unset). */
export function RepFields({
  tier,
  trust,
  onTier,
  onTrust,
  canUnset = false,
}: {
  tier: RepTier | null;
  trust: TrustLevel;
  onTier: (t: RepTier | null) => void;
  onTrust: (t: TrustLevel) => void;
  canUnset?: boolean;
}) {
  const id = useId();
  return (
    <div className="row">
      <label className="field grow" htmlFor={`${id}-tier`}>
        <span>{t('session.rep.performance')}</span>
        <select id={`${id}-tier`} className="input" value={tier ?? ''} onChange={(e) => onTier((e.target.value || null) as RepTier | null)}>
          {tier === null || canUnset ? <option value="">{t('review.tierNotSetOption')}</option> : null}
          {REP_TIERS.map((choice) => (
            <option key={choice} value={choice}>
              {tierLabel(choice)}
            </option>
          ))}
        </select>
      </label>
      <label className="field grow" htmlFor={`${id}-trust`}>
        <span>{t('session.rep.trust')}</span>
        <select id={`${id}-trust`} className="input" value={trust} onChange={(e) => onTrust(e.target.value as TrustLevel)}>
          {TRUST_LEVELS.map((level) => (
            <option key={level} value={level}>
              {trustLabel(level)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/**
 * First time an owner name is seen: pick an existing rep or create one. The
 * choice is remembered per CRM and owner name.
 */
export function RepPicker({ crm, ownerName, dealId }: { crm: CrmId; ownerName: string; dealId: string }) {
  const reps = useDbQuery(() => db.listReps(), []);
  const [name, setName] = useState(ownerName);
  // No tier until the manager picks one: a rep made from an owner name is flagged for review, not counted as middle.
  const [tier, setTier] = useState<RepTier | null>(null);
  const [trust, setTrust] = useState<TrustLevel>('bronze');
  const [busy, setBusy] = useState(false);
  const id = useId();

  const link = async (repId: string) => {
    setBusy(true);
    try {
      await db.linkOwnerToRep(crm, ownerName, repId);
      await db.setDealRep(dealId, repId);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card soft stack" aria-label={t('session.rep.whoLabel')} role="group">
      <p>
        <strong>{t('session.rep.whoIs', { name: ownerName })}</strong> <span className="muted">{t('session.rep.remembered')}</span>
      </p>
      {reps && reps.length > 0 ? (
        <label className="field" htmlFor={`${id}-existing`}>
          <span>{t('session.rep.existing')}</span>
          <select
            id={`${id}-existing`}
            className="input"
            defaultValue=""
            disabled={busy}
            onChange={(e) => e.target.value && void link(e.target.value)}
          >
            <option value="">{t('session.rep.choose')}</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          const rep = await db.createRep({ name: name.trim(), tier, trust });
          await link(rep.id);
        }}
      >
        <label className="field" htmlFor={`${id}-name`}>
          <span>{t('session.rep.newName')}</span>
          <input id={`${id}-name`} className="input" maxLength={TEXT_LIMITS.repName} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <RepFields tier={tier} trust={trust} onTier={setTier} onTrust={setTrust} canUnset />
        <div>
          <button type="submit" className="btn primary" disabled={busy || !name.trim()}>
            {t('session.rep.add')}
          </button>
        </div>
      </form>
    </div>
  );
}

export function RepEditor({ rep, onDone }: { rep: Rep; onDone: () => void }) {
  return (
    <div className="card soft stack" role="group" aria-label={t('session.rep.editNamed', { name: rep.name })}>
      <RepFields
        tier={chosenTier(rep)}
        trust={rep.trust}
        onTier={(tier) => void db.updateRep(rep.id, { tier })}
        onTrust={(trust) => void db.updateRep(rep.id, { trust })}
      />
      <div>
        <button type="button" className="btn small" onClick={onDone}>
          {t('session.rep.done')}
        </button>
      </div>
    </div>
  );
}
