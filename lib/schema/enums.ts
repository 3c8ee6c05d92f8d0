export { REP_TIERS, TRUST_LEVELS, GAP_CAUSES } from '../model/enums';
