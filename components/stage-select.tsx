import { CANONICAL_STAGES, type CanonicalStage } from '@/lib/model/stage';
import { stageLabel } from '@/lib/session/labels';

/** A choice of coaching stage, named in the manager's language. */
export function StageSelect({ value, onChange, label, id }: { value: CanonicalStage; onChange: (s: CanonicalStage) => void; label: string; id?: string }) {
  return (
    <select id={id} className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as CanonicalStage)} style={{ width: 'auto' }}>
      {CANONICAL_STAGES.map((s) => (
        <option key={s} value={s}>
          {stageLabel(s)}
        </option>
      ))}
    </select>
  );
}
