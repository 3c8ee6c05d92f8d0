import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { DEFAULT_STAGE_MAP } from '@/lib/crm/stage-map';
import { CRM_LABELS } from '@/lib/crm/catalog';
import type { CanonicalStage } from '@/lib/model/stage';
import { stageLabel } from '@/lib/session/labels';
import { CRM_IDS, type CrmId } from '@/lib/model/crm';
import { StageSelect } from '../stage-select';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { t } from '@/lib/i18n';

/** Your answers to "which coaching stage is this?", and the built-in defaults per CRM. */
export function StageMappings() {
  const mappings = useDbQuery((q) => q.listStageMappings(), []);
  const id = useId();
  const [crm, setCrm] = useState<CrmId>('salesforce-lightning');
  const [label, setLabel] = useState('');
  const [stage, setStage] = useState<CanonicalStage>('discovery');
  if (!mappings) return <div className="skeleton" aria-label={t('options.stages.loading')} />;
  return (
    <section className="stack" aria-labelledby="stages-h">
      <h2 id="stages-h">{t('options.stages.heading')}</h2>
      <p className="small muted">{t('options.stages.intro')}</p>
      {mappings.length === 0 ? (
        <p className="small muted">{t('options.stages.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('options.stages.crm')}</th>
              <th>{t('options.stages.label')}</th>
              <th>{t('options.stages.coachingStage')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {mappings.map((m) => (
              <tr key={m.id}>
                <td>{CRM_LABELS[m.crm]}</td>
                <td>{m.label}</td>
                <td>
                  <StageSelect label={t('options.stages.coachingStageFor', { label: m.label })} value={m.stage} onChange={(s) => void db.setStageMapping(m.crm, m.label, s)} />
                </td>
                <td>
                  <button type="button" className="btn small ghost danger" onClick={() => void db.deleteStageMapping(m.id)}>
                    {t('options.stages.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="row card soft"
        onSubmit={(e) => {
          e.preventDefault();
          if (!label.trim()) return;
          void db.setStageMapping(crm, label, stage);
          setLabel('');
        }}
      >
        <label className="field" htmlFor={`${id}-crm`}>
          <span>{t('options.stages.crm')}</span>
          <select id={`${id}-crm`} className="input" value={crm} onChange={(e) => setCrm(e.target.value as CrmId)}>
            {CRM_IDS.map((c) => (
              <option key={c} value={c}>
                {CRM_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow" htmlFor={`${id}-label`} style={{ minWidth: '10rem' }}>
          <span>{t('options.stages.label')}</span>
          <input id={`${id}-label`} className="input" maxLength={TEXT_LIMITS.stageLabel} value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('options.stages.labelPlaceholder')} />
        </label>
        <label className="field">
          <span>{t('options.stages.coachingStage')}</span>
          <StageSelect label={t('options.stages.coachingStage')} value={stage} onChange={setStage} />
        </label>
        <button type="submit" className="btn" disabled={!label.trim()}>
          {t('options.stages.add')}
        </button>
      </form>
      <details className="card">
        <summary>{t('options.stages.defaults')}</summary>
        <div className="stack small" style={{ marginTop: 8 }}>
          {(Object.keys(DEFAULT_STAGE_MAP) as CrmId[]).map((c) => {
            const entries = Object.entries(DEFAULT_STAGE_MAP[c] ?? {});
            if (!entries.length) return null;
            return (
              <div key={c}>
                <strong>{CRM_LABELS[c]}</strong>
                <p className="muted">{entries.map(([l, s]) => `${l} → ${stageLabel(s as CanonicalStage)}`).join(' · ')}</p>
              </div>
            );
          })}
        </div>
      </details>
    </section>
  );
}
