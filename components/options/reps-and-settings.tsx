import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { SETTINGS_RANGES, SettingsFields, type Settings } from '@/lib/schema/records';
import { RepFields } from '../rep-chip';
import { RepRecordLine } from '../session/rep-record';
import { t, type MessageKey } from '@/lib/i18n';
import { chosenTier } from '@/lib/model/rep-tier';
import { TierNotSet } from '../tier-flag';

export function RepsList() {
  const reps = useDbQuery((q) => q.listReps(), []);
  if (!reps) return <div className="skeleton" aria-label={t('options.reps.loading')} />;
  return (
    <section className="stack" aria-labelledby="reps-h">
      <h2 id="reps-h">{t('options.reps.heading')}</h2>
      {reps.length === 0 ? (
        <p className="small muted">{t('options.reps.empty')}</p>
      ) : (
        <ul className="list">
          {reps.map((r) => (
            <li key={r.id} className="card stack tight">
              <div className="row between">
                <span className="row">
                  <strong>{r.name}</strong>
                  {chosenTier(r) ? null : <TierNotSet />}
                </span>
                <RepFields tier={chosenTier(r)} trust={r.trust} onTier={(tier) => void db.updateRep(r.id, { tier })} onTrust={(trust) => void db.updateRep(r.id, { trust })} />
              </div>
              <RepRecordLine repId={r.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The morning reminder has its own switch (components/review/reminder-setting.tsx): turning it on asks for a permission.
const SETTING_LABELS = {
  stageQuestionCount: 'options.settings.stageQuestionCount',
  defaultTimeBoxMin: 'options.settings.defaultTimeBoxMin',
  quickSessionMin: 'options.settings.quickSessionMin',
  reminderDays: 'options.settings.reminderDays',
  weeklyGoalMin: 'options.settings.weeklyGoalMin',
} as const satisfies Record<Exclude<keyof Settings, 'morningReminderHour'>, MessageKey>;

export function SettingsForm() {
  const settings = useDbQuery((q) => q.getSettings(), []);
  const id = useId();
  // A value out of range is not saved, and the field says so (the stored value stays in force).
  const [errors, setErrors] = useState<Partial<Record<keyof Settings, string>>>({});
  if (!settings) return <div className="skeleton" aria-label={t('options.settings.loading')} />;
  return (
    <section className="stack" aria-labelledby="settings-h">
      <h2 id="settings-h">{t('options.settings.heading')}</h2>
      {(Object.keys(SETTING_LABELS) as Array<keyof typeof SETTING_LABELS>).map((k) => {
        const check = SettingsFields[k];
        const [min, max] = SETTINGS_RANGES[k];
        const error = errors[k];
        return (
          <div key={k} className="field" style={{ maxWidth: 420 }}>
            <label htmlFor={`${id}-${k}`} className="label">
              {t(SETTING_LABELS[k])}
            </label>
            <input
              id={`${id}-${k}`}
              className="input"
              type="number"
              min={min}
              max={max}
              step={1}
              defaultValue={settings[k]}
              style={{ width: 100 }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-${k}-error` : undefined}
              onChange={(e) => {
                const raw = e.target.value.trim();
                const n = Number(raw);
                if (raw !== '' && check.safeParse(n).success) {
                  setErrors((x) => ({ ...x, [k]: undefined }));
                  void db.saveSettings({ [k]: n });
                } else {
                  setErrors((x) => ({
                    ...x,
                    [k]: t('options.settings.outOfRange', { min, max, current: settings[k] }),
                  }));
                }
              }}
            />
            {error ? (
              <span id={`${id}-${k}-error`} className="small field-error" role="alert">
                {error}
              </span>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
