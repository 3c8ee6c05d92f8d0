import { getDb, newId, nowIso } from './database';
import { CustomSiteSchema, type CustomSiteRecord } from '../schema/records';
import { getLocale, t } from '../i18n';
import { capitalize, friendlyIssue } from '../schema/friendly-issues';
import type { z } from 'zod';

export async function listCustomSites(): Promise<CustomSiteRecord[]> {
  return (await getDb().customSites.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export type CustomSiteInput = Omit<CustomSiteRecord, 'id' | 'createdAt'> & { id?: string };

/** Validates and saves a custom site; returns readable errors instead of throwing. */
export async function saveCustomSite(
  input: CustomSiteInput,
): Promise<{ ok: true; site: CustomSiteRecord } | { ok: false; errors: string[] }> {
  const db = getDb();
  // Checked and stored in one transaction: the record stored is the one checked.
  return db.transaction('rw', db.customSites, async () => {
    const existing = input.id ? await db.customSites.get(input.id) : undefined;
    const parsed = CustomSiteSchema.safeParse({ ...input, id: input.id ?? newId(), createdAt: existing?.createdAt ?? nowIso() });
    if (!parsed.success) return { ok: false as const, errors: parsed.error.issues.map(siteIssue) };
    const fields = Object.values(parsed.data.fields).filter((f) => f && (f.selector?.trim() || f.label?.trim()));
    if (fields.length === 0) return { ok: false as const, errors: [t('common.customSite.noField')] };
    await db.customSites.put(parsed.data);
    return { ok: true as const, site: parsed.data };
  });
}

/**
 * "urlPattern: Too small: …" in English, as before; other languages get the
 * file checks' sentence, since zod speaks English only.
 */
function siteIssue(i: z.core.$ZodIssue): string {
  if (getLocale() === 'en') return `${i.path.join('.') || 'site'}: ${i.message}`;
  return capitalize(friendlyIssue(i));
}

export async function deleteCustomSite(id: string): Promise<void> {
  await getDb().customSites.delete(id);
}
