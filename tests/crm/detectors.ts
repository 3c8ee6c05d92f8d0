import { ADAPTERS } from '../../lib/crm/registry';
import type { CrmAdapter, DetectorTestUrls } from '../../lib/crm/types';

/** Each folder's test URLs (lib/crm/<crm>/test-urls.ts), which only tests import. */
const TEST_URLS = import.meta.glob<DetectorTestUrls>('../../lib/crm/*/test-urls.ts', { eager: true, import: 'testUrls' });

/** github-url-detection style: every CRM in the registry with the test URLs kept beside its detector. */
export const DETECTORS: ReadonlyArray<{ adapter: CrmAdapter; testUrls: DetectorTestUrls | undefined }> = ADAPTERS.map((adapter) => ({
  adapter,
  testUrls: TEST_URLS[`../../lib/crm/${adapter.id}/test-urls.ts`],
}));
