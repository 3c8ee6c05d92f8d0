import { useEffect, useId, useState } from 'react';
import { db, useDbQuery } from '../data';
import { originPatternFor } from '@/lib/custom-sites/registration';
import { DEAL_FIELDS, DealContext, type DealFieldName } from '@/lib/schema/deal-context';
import type { CustomSiteRecord } from '@/lib/schema/records';
import { fieldLabel } from '../format';
import { t } from '@/lib/i18n';
import { TEXT_LIMITS } from '@/lib/schema/limits';

type Fields = CustomSiteRecord['fields'];

/** Asks the background to register or unregister custom sites' content scripts after the database changed. */
const syncRegistrations = () => browser.runtime.sendMessage({ type: 'custom:sync' }).catch(() => {});

/** What "test on the open tab" read, or why it could not. */
type TestResult = { ok: true; deal: DealContext | null } | { ok: false; message: string };

async function testOnOpenTab(site: CustomSiteRecord): Promise<TestResult> {
  const pattern = originPatternFor(site);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, message: t('options.sites.notAllowed') };
  }
  const tabs = await browser.tabs.query({ url: pattern });
  const tab = tabs.find((t) => t.active) ?? tabs[0];
  if (tab?.id === undefined) return { ok: false, message: `Open a deal page on ${new URL(pattern.replace('*', '')).host} in a tab, then test again.` };
  try {
    const raw: unknown = await browser.tabs.sendMessage(tab.id, { type: 'custom:test', siteId: site.id });
    if (raw === null) return { ok: true, deal: null };
    const parsed = DealContext.safeParse(raw);
    return parsed.success ? { ok: true, deal: parsed.data } : { ok: false, message: t('options.sites.unexpected') };
  } catch {
    return { ok: false, message: t('options.sites.notRunning') };
  }
}

/**
 * Whether the site's host is granted, kept current when access is given or
 * taken anywhere (this page's button, chrome://extensions). A live database
 * query would not re-run: a grant changes no record.
 */
function useHostGranted(pattern: string): boolean | undefined {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    const check = () => {
      browser.permissions.contains({ origins: [pattern] }).then((g) => alive && setGranted(g), () => {});
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [pattern]);
  return granted;
}

export function CustomSites() {
  const sites = useDbQuery((q) => q.listCustomSites(), []);
  if (!sites) return <div className="skeleton" aria-label={t('options.sites.loading')} />;
  return (
    <section className="stack" aria-labelledby="custom-h">
      <h2 id="custom-h">{t('options.sites.heading')}</h2>
      <p className="small muted">{t('options.sites.intro')}</p>
      {sites.length === 0 ? <p className="small muted">{t('options.sites.empty')}</p> : null}
      <ul className="list">
        {sites.map((s) => (
          <SiteRow key={s.id} site={s} />
        ))}
      </ul>
      <SiteForm />
    </section>
  );
}

function SiteRow({ site }: { site: CustomSiteRecord }) {
  const pattern = originPatternFor(site);
  const granted = useHostGranted(pattern);
  const [result, setResult] = useState<TestResult | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <li className="card stack tight" data-site-id={site.id}>
      <div className="row between">
        <span>
          <strong>{site.name}</strong> <code className="small">{site.urlPattern}</code>
        </span>
        <span className={`chip ${granted ? 'good' : 'warn'}`}>{granted ? t('options.sites.allowed') : t('options.sites.notAllowedYet')}</span>
      </div>
      <div className="row">
        {!granted ? (
          <button type="button" className="btn small" onClick={() => void browser.permissions.request({ origins: [pattern] })}>
            {t('options.sites.allow')}
          </button>
        ) : null}
        <button
          type="button"
          className="btn small"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setResult(await testOnOpenTab(site));
            setBusy(false);
          }}
        >
          {t('options.sites.test')}
        </button>
        <button
          type="button"
          className="btn small ghost danger"
          onClick={async () => {
            await db.deleteCustomSite(site.id);
            // Another site on the same host still needs the host.
            const others = (await db.listCustomSites()).some((s) => {
              try {
                return originPatternFor(s) === pattern;
              } catch {
                return false;
              }
            });
            if (!others) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
            await syncRegistrations();
          }}
        >
          {t('options.sites.remove')}
        </button>
      </div>
      {result ? (
        result.ok ? (
          result.deal ? (
            <dl className="kv small" aria-label={t('options.sites.whatRead')}>
              {DEAL_FIELDS.map((f) => {
                const v = result.deal![f];
                return (
                  <div key={f} style={{ display: 'contents' }}>
                    <dt>{fieldLabel(f)}</dt>
                    <dd>{v ? `${'text' in v ? v.text : v.value}  (${v.source})` : <span className="muted">{t('options.sites.notFound')}</span>}</dd>
                  </div>
                );
              })}
            </dl>
          ) : (
            <p className="notice warn small">{t('options.sites.notDealPage')}</p>
          )
        ) : (
          <p className="notice warn small" role="alert">
            {result.message}
          </p>
        )
      ) : null}
    </li>
  );
}

function SiteForm() {
  const id = useId();
  const [name, setName] = useState('');
  const [urlPattern, setUrlPattern] = useState('');
  const [fields, setFields] = useState<Fields>({});
  const [errors, setErrors] = useState<string[]>([]);
  const setField = (f: DealFieldName, key: 'selector' | 'label', value: string) =>
    setFields((prev) => ({ ...prev, [f]: { ...prev[f], [key]: value || undefined } }));
  return (
    <form
      className="card soft stack"
      aria-label={t('options.sites.addLabel')}
      onSubmit={async (e) => {
        e.preventDefault();
        let pattern: string;
        try {
          pattern = originPatternFor({ urlPattern });
        } catch {
          return setErrors([t('options.sites.badAddress')]);
        }
        // Ask first, while the click still counts as the user's gesture.
        const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
        const r = await db.saveCustomSite({ name, urlPattern, fields });
        if (!r.ok) return setErrors(r.errors);
        // The grant above came before the site was saved, so the background's
        // permissions.onAdded sync did not see it yet: register it now.
        await syncRegistrations();
        setErrors(granted ? [] : [t('options.sites.savedNotGranted')]);
        setName('');
        setUrlPattern('');
        setFields({});
      }}
    >
      <h3>{t('options.sites.add')}</h3>
      <div className="row">
        <label className="field grow" htmlFor={`${id}-name`}>
          <span>{t('options.sites.name')}</span>
          <input id={`${id}-name`} className="input" maxLength={TEXT_LIMITS.customSiteName} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('options.sites.namePlaceholder')} />
        </label>
        <label className="field grow" htmlFor={`${id}-url`}>
          <span>{t('options.sites.address')}</span>
          <input
            id={`${id}-url`}
            className="input"
            maxLength={TEXT_LIMITS.urlPattern}
            value={urlPattern}
            onChange={(e) => setUrlPattern(e.target.value)}
            placeholder="https://crm.acme.internal/deals/*"
          />
        </label>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th>{t('options.sites.field')}</th>
            <th>{t('options.sites.selector')}</th>
            <th>{t('options.sites.labelNextTo')}</th>
          </tr>
        </thead>
        <tbody>
          {DEAL_FIELDS.map((f) => (
            <tr key={f}>
              <td>{fieldLabel(f)}</td>
              <td>
                <input
                  className="input"
                  aria-label={t('options.sites.selectorFor', { field: fieldLabel(f) })}
                  maxLength={TEXT_LIMITS.selector}
                  value={fields[f]?.selector ?? ''}
                  onChange={(e) => setField(f, 'selector', e.target.value)}
                  placeholder={f === 'name' ? 'h1.deal-title' : ''}
                />
              </td>
              <td>
                <input
                  className="input"
                  aria-label={t('options.sites.labelFor', { field: fieldLabel(f) })}
                  maxLength={TEXT_LIMITS.fieldLabel}
                  value={fields[f]?.label ?? ''}
                  onChange={(e) => setField(f, 'label', e.target.value)}
                  placeholder={fieldLabel(f)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length ? (
        <ul className="notice bad small" role="alert">
          {errors.map((er) => (
            <li key={er}>{er}</li>
          ))}
        </ul>
      ) : null}
      <div>
        <button type="submit" className="btn primary" disabled={!name.trim() || !urlPattern.trim()}>
          {t('options.sites.save')}
        </button>
      </div>
    </form>
  );
}
