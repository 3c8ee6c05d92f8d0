export { CRM_IDS, DEAL_FIELDS } from '../model/crm';
