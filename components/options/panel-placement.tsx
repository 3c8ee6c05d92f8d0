import { useEffect, useId, useState } from 'react';
import { PANEL_PLACEMENT_KEY, parsePlacement, type PanelPlacement } from '@/lib/ui/placement';
import { t, type MessageKey } from '@/lib/i18n';

/** The browser's own side panel: how it opens differs (Firefox lets no click in a web page open its sidebar). */
const SIDE_HINT = import.meta.env.BROWSER === 'firefox' ? 'options.placement.sideHintFirefox' : 'options.placement.sideHintChrome';

const CHOICES: ReadonlyArray<readonly [PanelPlacement, MessageKey, MessageKey]> = [
  ['overlay', 'options.placement.overlay', 'options.placement.overlayHint'],
  ['push', 'options.placement.push', 'options.placement.pushHint'],
  ['side', 'options.placement.side', SIDE_HINT],
];

/** Options: where the coaching panel sits on a CRM page (applies the next time a deal page opens). */
export function PanelPlacementSetting() {
  const id = useId();
  const [value, setValue] = useState<PanelPlacement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    browser.storage.local.get(PANEL_PLACEMENT_KEY).then(
      (s) => setValue(parsePlacement(s[PANEL_PLACEMENT_KEY])),
      () => setValue('overlay'),
    );
  }, []);
  const choose = (next: PanelPlacement) => {
    setValue(next);
    setError(null);
    browser.storage.local.set({ [PANEL_PLACEMENT_KEY]: next }).catch((e: unknown) => setError(t('options.placement.notSaved', { error: String(e) })));
  };
  return (
    <fieldset className="card stack tight" style={{ margin: 0 }} aria-busy={value === null}>
      <legend className="label">{t('options.placement.legend')}</legend>
      {CHOICES.map(([v, label, hint]) => (
        <label key={v} className="row" htmlFor={`${id}-${v}`}>
          <input id={`${id}-${v}`} type="radio" name={`${id}-placement`} checked={value === v} disabled={value === null} onChange={() => choose(v)} />
          <span>
            {t(label)} <span className="small muted">{t(hint)}</span>
          </span>
        </label>
      ))}
      <span className="small muted">{t('options.placement.applies')}</span>
      {error ? (
        <span className="small notice bad" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
