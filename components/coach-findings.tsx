import { lintCoachingText, type CoachingFinding } from '@/lib/coaching/lint';

const KIND_LABEL: Record<string, string> = {
  directive: 'Telling',
  advice: 'Advising',
  judgment: 'Judging',
  takeover: 'Taking over',
  'closed-question': 'Closed question',
  'leading-question': 'Leading question',
  blame: 'Blame',
  prescription: 'Prescribing',
};

export function applySuggestion(text: string, f: CoachingFinding): string {
  return text.slice(0, f.start) + f.suggestion + text.slice(f.end);
}

/**
 * The ask-vs-tell coach under a text field: each telling phrase is quoted and
 * marked, with an open rephrasing one click away. In notes (`notes`), what was
 * said stays as written: the coach offers "Next time, ask: …" instead.
 */
export function CoachFindings({ text, onReplace, notes }: { text: string; onReplace?: (next: string) => void; notes?: boolean }) {
  const findings = lintCoachingText(text);
  if (findings.length === 0) return null;
  return (
    <ul className="list" aria-label="Ask-vs-tell coach">
      {findings.map((f) => (
        <li key={`${f.start}-${f.kind}`} className="notice warn small stack tight" data-finding={f.kind}>
          <span>
            <strong>{KIND_LABEL[f.kind] ?? f.kind}:</strong> <mark className="tell">{text.slice(f.start, f.end)}</mark>
          </span>
          <span>{f.message}</span>
          <span className="row">
            <span className="grow">{notes ? f.nextTime : `Try: “${f.suggestion}”`}</span>
            {onReplace && !notes ? (
              <button type="button" className="btn small" onClick={() => onReplace(applySuggestion(text, f))}>
                Use this
              </button>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
