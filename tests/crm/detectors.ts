import * as sfl from '../../lib/crm/salesforce-lightning/url';
import * as sfc from '../../lib/crm/salesforce-classic/url';
import * as hub from '../../lib/crm/hubspot/url';
import * as pd from '../../lib/crm/pipedrive/url';
import * as dyn from '../../lib/crm/dynamics/url';
import * as zoho from '../../lib/crm/zoho/url';
import * as close from '../../lib/crm/close/url';

/**
 * github-url-detection style: every detector with the test URLs kept beside it.
 * A module of its own, not a test file: a test file imported by another has its tests run twice.
 */
export const DETECTORS = { 'salesforce-lightning': sfl, 'salesforce-classic': sfc, hubspot: hub, pipedrive: pd, dynamics: dyn, zoho, close } as const;
