import { CANONICAL_STAGES, STAGE_LABELS, type CanonicalStage } from '@/lib/model/stage';

/** A choice of coaching stage. */
export function StageSelect({ value, onChange, label, id }: { value: CanonicalStage; onChange: (s: CanonicalStage) => void; label: string; id?: string }) {
  return (
    <select id={id} className="input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as CanonicalStage)} style={{ width: 'auto' }}>
      {CANONICAL_STAGES.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
