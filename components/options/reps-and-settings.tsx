import { useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { SETTINGS_RANGES, SettingsFields, type Settings } from '@/lib/schema/records';
import { RepFields } from '../rep-chip';
import { RepRecordLine } from '../session/rep-record';
import { chosenTier } from '@/lib/model/rep-tier';
import { TierNotSet } from '../tier-flag';

export function RepsList() {
  const reps = useDbQuery((q) => q.listReps(), []);
  if (!reps) return <div className="skeleton" aria-label="Loading reps" />;
  return (
    <section className="stack" aria-labelledby="reps-h">
      <h2 id="reps-h">Reps</h2>
      {reps.length === 0 ? (
        <p className="small muted">No reps yet. The panel asks who a deal’s owner is the first time it sees them.</p>
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
const SETTING_LABELS: Record<Exclude<keyof Settings, 'morningReminderHour'>, string> = {
  stageQuestionCount: 'Stage questions in a planned session (3–5)',
  defaultTimeBoxMin: 'Time box of a planned session, minutes',
  quickSessionMin: 'Length of a quick session, minutes',
  reminderDays: 'Show follow-ups this many days before they are due',
  weeklyGoalMin: 'Weekly coaching-time goal, minutes',
};

export function SettingsForm() {
  const settings = useDbQuery((q) => q.getSettings(), []);
  const id = useId();
  // A value out of range is not saved, and the field says so (the stored value stays in force).
  const [errors, setErrors] = useState<Partial<Record<keyof Settings, string>>>({});
  if (!settings) return <div className="skeleton" aria-label="Loading settings" />;
  return (
    <section className="stack" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {(Object.keys(SETTING_LABELS) as Array<keyof typeof SETTING_LABELS>).map((k) => {
        const check = SettingsFields[k];
        const [min, max] = SETTINGS_RANGES[k];
        const error = errors[k];
        return (
          <div key={k} className="field" style={{ maxWidth: 420 }}>
            <label htmlFor={`${id}-${k}`} className="label">
              {SETTING_LABELS[k]}
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
                    [k]: `Enter a whole number from ${min} to ${max}. Still using ${settings[k]}.`,
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
