import { useEffect, useId, useState } from 'react';
import { PANEL_PLACEMENT_KEY, parsePlacement, type PanelPlacement } from '@/lib/ui/placement';
import { t } from '@/lib/i18n';

const CHOICES: Array<[PanelPlacement, string, string]> = [
  ['overlay', 'Over the page', 'The panel covers the right edge of the CRM page.'],
  ['push', 'Push the page aside', 'The CRM page moves left by the panel’s width, so its fields stay visible.'],
];
/** The browser's own side panel: how it opens differs (Firefox lets no click in a web page open its sidebar). */
const SIDE_HINT = import.meta.env.BROWSER === 'firefox' ? 'options.placement.sideHintFirefox' : 'options.placement.sideHintChrome';

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
    browser.storage.local.set({ [PANEL_PLACEMENT_KEY]: next }).catch((e: unknown) => setError(`Not saved: ${String(e)}`));
  };
  return (
    <fieldset className="card stack tight" style={{ margin: 0 }} aria-busy={value === null}>
      <legend className="label">Panel placement</legend>
      {[...CHOICES, ['side', t('options.placement.side'), t(SIDE_HINT)] as const].map(([v, label, hint]) => (
        <label key={v} className="row" htmlFor={`${id}-${v}`}>
          <input id={`${id}-${v}`} type="radio" name={`${id}-placement`} checked={value === v} disabled={value === null} onChange={() => choose(v)} />
          <span>
            {label} <span className="small muted">{hint}</span>
          </span>
        </label>
      ))}
      <span className="small muted">Applies the next time you open a deal page.</span>
      {error ? (
        <span className="small notice bad" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
