import type { Catalog } from '../types';

/** Strings of the content area. */
export default {
} satisfies Catalog;
