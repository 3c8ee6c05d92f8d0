import type { Catalog } from '../types';

/** Strings of the session area. */
export default {
} satisfies Catalog;
