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

const SECTIONS = [
  ['banks', 'Question banks'],
  ['stages', 'Stage mapping'],
  ['sites', 'Custom sites'],
  ['reps', 'Reps'],
  ['settings', 'Settings'],
  ['data', 'Your data'],
  ['coaching', 'Your coaching'],
] as const;

export function OptionsApp() {
  return (
    <div className="options">
      <header className="options-head">
        <h1>Sideline</h1>
        <nav aria-label="Sections" className="row">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
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
