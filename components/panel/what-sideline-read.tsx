import { useState } from 'react';
import { DEAL_FIELDS } from '@/lib/schema/deal-fields';
import type { DealContext, DealFieldName } from '@/lib/schema/deal-context';
import { parsePageReportReply } from '@/lib/messaging/to-content-guard';
import { buildPageReport, fieldSource } from '@/lib/crm/page-report';
import { fieldLabel } from '../format';
import { t } from '@/lib/i18n';

type CopyState = { status: 'idle' } | { status: 'working' } | { status: 'done'; report: string; copied: boolean };

/** Copies through the Clipboard API, else the older selection copy (a framed page may not be allowed the API); false when neither worked. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * Where a field was found, on screen: the selector or label as it is (code),
 * the two cases without one in the manager's language. The copied page report
 * (lib/crm/page-report.ts) stays in English: it goes to whoever maintains the
 * setup, beside selectors and field ids, and reads the same from every team.
 */
function sourceText(context: DealContext, f: DealFieldName): string {
  const found = context[f];
  if (!found) return t('panel.read.nothingMatched');
  if (found.source === 'url') return t('panel.read.takenFromAddress');
  return fieldSource(context, f);
}

/**
 * "What Sideline read": each field with the selector or label that matched
 * (or that nothing did), and a page report a manager can send to whoever
 * maintains their setup: the page's structure, never the deal's values.
 */
export function WhatSidelineRead({ context, tabId }: { context: DealContext; tabId: number | null }) {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });

  const copyReport = async () => {
    setCopy({ status: 'working' });
    let outline: string | null = null;
    if (tabId !== null) {
      const raw: unknown = await browser.tabs.sendMessage(tabId, { type: 'page:report' }).catch(() => null);
      outline = parsePageReportReply(raw)?.outline ?? null;
    }
    const report = buildPageReport(context, outline, browser.runtime.getManifest().version);
    const copied = await copyText(report);
    setCopy({ status: 'done', report, copied });
  };

  return (
    <section className="section" data-testid="what-sideline-read" aria-label={t('panel.read.title')}>
      <button type="button" className="btn ghost small" style={{ justifySelf: 'start' }} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} {t('panel.read.title')}
      </button>
      {open ? (
        <div className="stack">
          <dl className="kv small">
            {DEAL_FIELDS.map((f) => (
              <div key={f} style={{ display: 'contents' }}>
                <dt>{fieldLabel(f)}</dt>
                <dd data-source={f}>
                  {context[f] ? <span>{context[f]!.source === 'url' ? t('panel.read.fromAddress') : t('panel.read.found')}</span> : <span className="muted">{t('panel.read.notFound')}</span>}
                  <code className="muted" style={{ display: 'block', overflowWrap: 'anywhere', fontSize: 11 }}>
                    {sourceText(context, f)}
                  </code>
                </dd>
              </div>
            ))}
          </dl>
          <div className="row" style={{ gap: 8, alignItems: 'center' }}>
            <button type="button" className="btn small" onClick={() => void copyReport()} disabled={copy.status === 'working'}>
              {copy.status === 'working' ? t('panel.read.preparing') : t('panel.read.copy')}
            </button>
            {copy.status === 'done' ? (
              <span className="small muted" role="status">
                {copy.copied ? t('panel.read.copied') : t('panel.read.selectAndCopy')}
              </span>
            ) : null}
          </div>
          <p className="small muted">{t('panel.read.explain')}</p>
          {copy.status === 'done' ? (
            <textarea
              className="input"
              aria-label={t('panel.read.report')}
              readOnly
              rows={6}
              value={copy.report}
              style={{ fontFamily: 'ui-monospace, monospace', fontSize: 11, whiteSpace: 'pre', width: '100%' }}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
