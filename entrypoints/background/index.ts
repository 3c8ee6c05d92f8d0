import { setupBackground } from './setup';

/**
 * The service worker can be stopped at any moment, so it keeps nothing that
 * matters in memory: see the setup modules beside this file.
 */
export default defineBackground(() => setupBackground());
