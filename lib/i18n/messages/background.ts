import type { Catalog } from '../types';

/** Strings of the background area. */
export default {
} satisfies Catalog;
