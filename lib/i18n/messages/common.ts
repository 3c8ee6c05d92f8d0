import type { Catalog } from '../types';

/** Words several screens share. Area files hold the rest (one file per area, so parallel work does not collide). */
export default {
} satisfies Catalog;
