import type { Catalog } from '../types';

/** Words several screens share. Area files hold the rest (one file per area, so parallel work does not collide). */
export default {
  'common.storage.notSaved': { en: 'This change was not saved.', fr: 'Cette modification n’a pas été enregistrée.' },
  'common.storage.full': {
    en: 'The browser has no room left for Sideline’s data (the disk is full or its storage limit is reached). {outcome} Free some disk space, then try again.',
    fr: 'Le navigateur n’a plus de place pour les données de Sideline (disque plein ou limite de stockage atteinte). {outcome} Libérez de l’espace disque, puis réessayez.',
  },
  'common.storage.refused': { en: 'The browser’s database refused the change. {outcome} ({error})', fr: 'La base de données du navigateur a refusé la modification. {outcome} ({error})' },
  'common.storage.bankNotImported': { en: 'The bank was not imported.', fr: 'La banque n’a pas été importée.' },
} satisfies Catalog;
