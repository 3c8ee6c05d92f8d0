import { defineConfig } from 'wxt';
import { CRM_MATCHES } from './lib/crm/registry';
import { zodJitless } from './lib/build/zod-jitless';
import { compileHints } from './lib/build/compile-hints';
import { MESSAGES } from './lib/i18n/catalog';
import { localesJson } from './lib/i18n/locales-json';
import { LOCALES } from './lib/i18n/types';

const CUSTOM_SITE_ORIGINS = ['https://*/*', 'http://*/*'] as const;
const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

// Only the panel page is reachable from web pages, only on supported CRM
// hosts, and (Chrome) under a per-session id so pages cannot fingerprint us.
// Its scripts and styles load from inside the extension page, which needs no
// web-accessible entry.
const webAccessible = [{ resources: ['panel.html'], matches: [...CRM_MATCHES], use_dynamic_url: true }];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // _locales/<lang>/messages.json come from the one catalog (lib/i18n): the
  // manifest's __MSG_…__ names and the stores' listings read them.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(localesJson(MESSAGES, locale), null, 2)}\n` });
      }
    },
  },
  // The sources zip Firefox reviewers rebuild from (`npm ci && npm run build:firefox`,
  // checked by `npm run check:sources`): everything npm ci and the build need,
  // including the toolchain script in .ci/, and nothing generated.
  zip: {
    includeSources: ['**/*', '.ci/**', '.npmrc', '.gitignore'],
    excludeSources: ['stats.html', '**/*.log', 'bench-results*.json', 'tests/e2e/screenshots/**', 'store/icon-preview.png'],
  },
  // zod without code generation and without its Function probe in any bundle.
  // Rolldown's timing report only says the (shared, 2-core) machine was busy: nothing to act on.
  // Web workers (the backup restore's) are bundled by a separate pipeline that needs the plugin again.
  vite: () => ({
    // compileHints: the content script is compiled once, eagerly (lib/build/compile-hints.ts).
    plugins: [zodJitless(), compileHints()],
    worker: { plugins: () => [zodJitless()] },
    build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // Strings from lib/i18n/messages/manifest.ts, in the browser's language.
    name: '__MSG_manifest_name__',
    short_name: '__MSG_manifest_shortName__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    // No host_permissions: the content script's matches (the supported CRMs)
    // are all the host access Sideline needs. `scripting` registers the same
    // script on custom sites the manager grants one by one. `unlimitedStorage`
    // keeps the notes from eviction under disk pressure (Chrome: exempt from
    // quota and eviction, no install warning; Firefox: persistent storage).
    // `alarms` keeps the follow-up badge current at midnight though the service worker stops.
    permissions: ['storage', 'scripting', 'unlimitedStorage', 'alarms'],
    // The morning reminder (`notifications`) is asked for only when the manager
    // turns it on (Options). Custom in-house CRMs: asked for one host at a
    // time, at run time, from Options; Firefox's MV2 has no
    // optional_host_permissions (WXT drops the key there), so the same origins
    // go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', ...CUSTOM_SITE_ORIGINS] }
      : { optional_permissions: ['notifications'], optional_host_permissions: [...CUSTOM_SITE_ORIGINS] }),
    // The toolbar icon; `icons` is filled by WXT from public/icon/<size>.png.
    ...(manifestVersion === 2 ? { browser_action: { default_icon: TOOLBAR_ICON, default_title: '__MSG_manifest_actionTitle__' } } : { action: { default_icon: TOOLBAR_ICON, default_title: '__MSG_manifest_actionTitle__' } }),
    web_accessible_resources:
      browser === 'firefox'
        ? webAccessible.map(({ resources, matches }) => ({ resources, matches }))
        : webAccessible,
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_manifest_toggleCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sideline@sideline.app',
              // 140 (ESR) and 142 on Android are the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: notes stay in the browser
              // unless the manager exports or copies them (README, Privacy).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
