import type { Catalog } from '../types';

/** Strings of the coach and the question planner shown as UI (lib/coaching). */
export default {
} satisfies Catalog;
