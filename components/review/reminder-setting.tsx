import { useId, useState } from 'react';
import { SETTINGS_RANGES } from '@/lib/schema/settings';
import { db, useDbQuery } from '../data';
import { localeTag, t } from '@/lib/i18n';

const HOURS = Array.from({ length: SETTINGS_RANGES.morningReminderHour[1] - 4 }, (_, i) => i + 5);

/**
 * The optional morning reminder. Sideline asks for the notifications
 * permission only here, when the manager turns it on (an optional
 * permission, requested from the click).
 */
export function ReminderSetting() {
  const id = useId();
  const settings = useDbQuery((q) => q.getSettings(), []);
  const [error, setError] = useState<string | null>(null);
  if (!settings) return <div className="skeleton" aria-label={t('review.reminder.loading')} />;
  const hour = settings.morningReminderHour;
  const on = hour > 0;
  return (
    <div className="stack tight" style={{ maxWidth: 420 }}>
      <label className="row">
        <input
          type="checkbox"
          checked={on}
          onChange={async (e) => {
            setError(null);
            if (!e.target.checked) {
              await db.saveSettings({ morningReminderHour: 0 });
              return;
            }
            const granted = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
            if (!granted) {
              setError(t('review.reminder.denied'));
              return;
            }
            await db.saveSettings({ morningReminderHour: 8 });
          }}
        />
        {t('review.reminder.label')}
      </label>
      {on ? (
        <div className="field">
          <label className="label" htmlFor={`${id}-hour`}>
            {t('review.reminder.at')}
          </label>
          <select
            id={`${id}-hour`}
            className="input"
            value={hour}
            style={{ width: 110 }}
            onChange={(e) => void db.saveSettings({ morningReminderHour: Number(e.target.value) })}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {new Date(2000, 0, 1, h).toLocaleTimeString(localeTag(), { hour: 'numeric', minute: '2-digit' })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {error ? (
        <p className="notice warn small" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
