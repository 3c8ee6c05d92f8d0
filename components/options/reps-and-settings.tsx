import { useId } from 'react';
import { db, useDbQuery } from '../data';
import { SettingsFields, type Settings } from '@/lib/schema/records';
import { RepFields } from '../rep-chip';

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
            <li key={r.id} className="card row between">
              <strong>{r.name}</strong>
              <RepFields tier={r.tier} trust={r.trust} onTier={(tier) => void db.updateRep(r.id, { tier })} onTrust={(trust) => void db.updateRep(r.id, { trust })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const SETTING_LABELS: Record<keyof Settings, string> = {
  stageQuestionCount: 'Stage questions in a planned session (3–5)',
  defaultTimeBoxMin: 'Time box of a planned session, minutes',
  quickSessionMin: 'Length of a quick session, minutes',
  reminderDays: 'Show follow-ups this many days before they are due',
};

export function SettingsForm() {
  const settings = useDbQuery((q) => q.getSettings(), []);
  const id = useId();
  if (!settings) return <div className="skeleton" aria-label="Loading settings" />;
  return (
    <section className="stack" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {(Object.keys(SETTING_LABELS) as Array<keyof Settings>).map((k) => {
        const check = SettingsFields[k];
        return (
          <label key={k} className="field" htmlFor={`${id}-${k}`} style={{ maxWidth: 420 }}>
            <span>{SETTING_LABELS[k]}</span>
            <input
              id={`${id}-${k}`}
              className="input"
              type="number"
              defaultValue={settings[k]}
              style={{ width: 100 }}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (check.safeParse(n).success) void db.saveSettings({ [k]: n });
              }}
            />
          </label>
        );
      })}
    </section>
  );
}
