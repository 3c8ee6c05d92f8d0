import type { Catalog } from '../types';

/** Strings of the popup area. */
export default {
  'popup.title': { en: 'Sideline — today’s coaching', fr: 'Sideline — le coaching du jour' },
  'popup.notesStayHere': { en: 'Notes stay in this browser.', fr: 'Les notes restent dans ce navigateur.' },
  'popup.openOptions': { en: 'Question banks & settings', fr: 'Questions et réglages' },
} satisfies Catalog;
