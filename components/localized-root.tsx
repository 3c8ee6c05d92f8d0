import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { t, getLocale, type Locale, type MessageKey } from '@/lib/i18n';
import { applyLanguage, watchLanguage } from '@/lib/i18n/preference';

/**
 * Mounts a page's React app in the manager's language. The language is read
 * before the first paint (no English flash), and a change in Options reaches
 * every open page at once: the app remounts under the new language, which is
 * safe because typed text is journaled and saved (components/autosave-field.tsx).
 */
export async function mountLocalized(root: HTMLElement, titleKey: MessageKey, app: () => ReactNode, alsoWaitFor?: Promise<unknown>): Promise<void> {
  // `alsoWaitFor`: what else the first paint should have (the popup's first read), awaited alongside.
  await Promise.all([applyLanguage(), alsoWaitFor]);
  createRoot(root).render(<Localized titleKey={titleKey} app={app} />);
}

function Localized({ titleKey, app }: { titleKey: MessageKey; app: () => ReactNode }) {
  const [locale, setLocale] = useState<Locale>(getLocale());
  useEffect(() => {
    const stop = new AbortController();
    watchLanguage(setLocale, stop.signal);
    return () => stop.abort();
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(titleKey);
  }, [locale, titleKey]);
  return <Fragment key={locale}>{app()}</Fragment>;
}
