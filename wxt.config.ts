import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Sideline — sales coaching beside the deal',
    short_name: 'Sideline',
    description:
      'A coaching panel for front-line sales managers on the deal page: stage-aware questions, private notes and rep-owned commitments, kept in your browser.',
    permissions: ['storage'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open or close the Sideline coaching panel',
      },
    },
  },
});
