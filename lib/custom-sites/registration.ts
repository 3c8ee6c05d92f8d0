import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import type { CustomSiteRecord } from '../schema/records';

/**
 * Custom (in-house) CRM sites. The manager grants one host at a time from
 * Options (optional_host_permissions); for each granted site the background
 * registers the same content script dynamically. Registrations are rebuilt
 * from the database and the granted permissions, never from memory, so a
 * stopped service worker loses nothing.
 */
export const CUSTOM_SCRIPT_PREFIX = 'sideline-custom-';
const CONTENT_SCRIPT_FILE = 'content-scripts/crm.js';

/** The site's pattern as a URL (wildcards stood in for), to read its scheme and host. */
const patternUrl = (site: Pick<CustomSiteRecord, 'urlPattern'>) => new URL(site.urlPattern.replace(/\*/g, 'x'));

/** The host permission a site needs: its scheme and host, any path. */
export function originPatternFor(site: Pick<CustomSiteRecord, 'urlPattern'>): string {
  const u = patternUrl(site);
  return `${u.protocol}//${u.hostname}/*`;
}

export function hostOf(site: Pick<CustomSiteRecord, 'urlPattern'>): string {
  return patternUrl(site).host;
}

export async function customSitesForHost(host: string): Promise<CustomSiteRecord[]> {
  const sites = await getDb().customSites.toArray();
  return sites.filter((s) => {
    try {
      return hostOf(s) === host;
    } catch {
      return false;
    }
  });
}

export async function syncCustomSiteScripts(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  const sites = await getDb().customSites.toArray();
  const wanted: Array<{ id: string; matches: string[] }> = [];
  for (const site of sites) {
    let pattern: string;
    try {
      pattern = originPatternFor(site);
    } catch {
      continue;
    }
    if (await browser.permissions.contains({ origins: [pattern] })) {
      wanted.push({ id: CUSTOM_SCRIPT_PREFIX + site.id, matches: [pattern] });
    }
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(CUSTOM_SCRIPT_PREFIX));
  const stale = registered
    .filter((r) => !wanted.some((w) => w.id === r.id && JSON.stringify(w.matches) === JSON.stringify(r.matches)))
    .map((r) => r.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = wanted.filter((w) => !registered.some((r) => r.id === w.id && !stale.includes(r.id)));
  if (fresh.length) {
    await browser.scripting.registerContentScripts(
      fresh.map((w) => ({ ...w, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}
