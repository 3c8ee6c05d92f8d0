import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import {
  LANGUAGE_CHOICES,
  browserLanguage,
  loadLanguageChoice,
  resolveLocale,
  saveLanguageChoice,
  type LanguageChoice,
} from '@/lib/i18n/preference';

// Each language is named in itself, so a manager who cannot read the current one still finds theirs.
const NATIVE_NAME = { en: 'English', fr: 'Français' } as const;

/** The language override: the browser's language by default, or English or French. */
export function LanguageSetting() {
  const id = useId();
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  useEffect(() => {
    void loadLanguageChoice().then(setChoice);
  }, []);
  const browserDefault = NATIVE_NAME[resolveLocale('auto', browserLanguage())];
  return (
    <div className="field" style={{ maxWidth: 420 }}>
      <label htmlFor={`${id}-language`} className="label">
        {t('options.language.label')}
      </label>
      <select
        id={`${id}-language`}
        className="input"
        value={choice ?? 'auto'}
        disabled={choice === null}
        aria-describedby={`${id}-language-hint`}
        onChange={(e) => {
          const next = e.target.value as LanguageChoice;
          setChoice(next);
          // Every open Sideline page (this one included) switches on the storage change.
          void saveLanguageChoice(next);
        }}
      >
        {LANGUAGE_CHOICES.map((c) => (
          <option key={c} value={c}>
            {c === 'auto' ? t('options.language.auto', { language: browserDefault }) : NATIVE_NAME[c]}
          </option>
        ))}
      </select>
      <span id={`${id}-language-hint`} className="small muted">
        {t('options.language.hint')}
      </span>
    </div>
  );
}
