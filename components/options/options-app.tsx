import { QuestionBanks } from './question-banks';
import { StageMappings } from './stage-mappings';
import { RepsList, SettingsForm } from './reps-and-settings';
import { BackupSection } from './backup';
import { CustomSites } from './custom-sites';
import { SessionsExport } from './sessions-export';
import { PanelPlacementSetting } from './panel-placement';
import { YourCoaching } from '../review/your-coaching';
import { ReminderSetting } from '../review/reminder-setting';
import { CoachingReportExport } from '../review/coaching-report';
import { LanguageSetting } from './language-setting';
import { t, type MessageKey } from '@/lib/i18n';

const SECTIONS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['banks', 'options.nav.banks'],
  ['stages', 'options.nav.stages'],
  ['sites', 'options.nav.sites'],
  ['reps', 'options.nav.reps'],
  ['settings', 'options.nav.settings'],
  ['data', 'options.nav.data'],
  ['coaching', 'options.nav.coaching'],
];

export function OptionsApp() {
  return (
    <div className="options">
      <header className="options-head">
        <h1>Sideline</h1>
        <nav aria-label={t('options.nav.label')} className="row">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {t(label)}
            </a>
          ))}
        </nav>
      </header>
      <main className="stack options-main">
        <div id="banks">
          <QuestionBanks />
        </div>
        <div id="stages">
          <StageMappings />
        </div>
        <div id="sites">
          <CustomSites />
        </div>
        <div id="reps">
          <RepsList />
        </div>
        <div id="settings">
          <SettingsForm />
          <LanguageSetting />
          <PanelPlacementSetting />
        </div>
        <div id="data">
          <BackupSection />
        </div>
        <div id="sessions-csv">
          <SessionsExport />
        </div>
        <div id="coaching" className="stack">
          <YourCoaching />
          <ReminderSetting />
          <CoachingReportExport />
        </div>
      </main>
    </div>
  );
}
