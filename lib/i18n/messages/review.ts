import type { Catalog } from '../types';

/** Strings of the review area. */
export default {
} satisfies Catalog;
