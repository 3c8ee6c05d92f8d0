import { defineConfig } from 'wxt';
import { CRM_MATCHES } from './lib/crm/registry';

// Only the panel page is reachable from web pages, only on supported CRM
// hosts, and (Chrome) under a per-session id so pages cannot fingerprint us.
// Its scripts and styles load from inside the extension page, which needs no
// web-accessible entry.
const webAccessible = [{ resources: ['panel.html'], matches: [...CRM_MATCHES], use_dynamic_url: true }];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Sideline — sales coaching beside the deal',
    short_name: 'Sideline',
    description:
      'A coaching panel for front-line sales managers on the deal page: stage-aware questions, private notes and rep-owned commitments, kept in your browser.',
    // No host_permissions: the content script's matches (the supported CRMs)
    // are all the host access Sideline needs. `scripting` registers the same
    // script on custom sites the manager grants one by one.
    // `alarms` keeps the follow-up badge current at midnight though the service worker stops.
    permissions: ['storage', 'scripting', 'alarms'],
    // The morning reminder: asked for only when the manager turns it on (Options).
    optional_permissions: ['notifications'],
    // Custom in-house CRMs: asked for one host at a time, at run time, from Options.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    web_accessible_resources:
      browser === 'firefox'
        ? webAccessible.map(({ resources, matches }) => ({ resources, matches }))
        : webAccessible,
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open or close the Sideline coaching panel',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sideline@sideline.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
