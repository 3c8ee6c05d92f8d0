import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useIdleValue } from './idle-value';
import { lintCoachingText, type CoachingFinding } from '@/lib/coaching/lint';
import { lintByLine } from './coach-lines';
import { t, type MessageKey } from '@/lib/i18n';

const KIND_LABEL: Record<string, MessageKey> = {
  directive: 'session.coach.kind.directive',
  advice: 'session.coach.kind.advice',
  judgment: 'session.coach.kind.judgment',
  takeover: 'session.coach.kind.takeover',
  'closed-question': 'session.coach.kind.closedQuestion',
  'leading-question': 'session.coach.kind.leadingQuestion',
  blame: 'session.coach.kind.blame',
  prescription: 'session.coach.kind.prescription',
};

/** A finding's kind as the manager reads it; a kind without a name yet shows as it is. */
const kindLabel = (kind: string): string => {
  return Object.hasOwn(KIND_LABEL, kind) ? t(KIND_LABEL[kind]!) : kind;
};

export function applySuggestion(text: string, f: CoachingFinding): string {
  return text.slice(0, f.start) + f.suggestion + text.slice(f.end);
}

interface KeyedFinding extends CoachingFinding {
  /**
   * Stable while the manager types elsewhere in the text: the kind, the quoted
   * sentence and which occurrence of it this is. Character offsets are not
   * used, so a keystroke before a finding does not remount every row.
   */
  key: string;
  quote: string;
}

export function keyFindings(text: string, findings: readonly CoachingFinding[]): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const quote = text.slice(f.start, f.end);
    const base = `${f.kind}\u0000${quote}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, quote, key: `${base}\u0000${n}` };
  });
}

/** The text field the coach list belongs to: the nearest text box before it. */
function fieldNear(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const f = p.querySelector<HTMLElement>('textarea, input[type="text"], input:not([type])');
    if (f) return f;
  }
  return null;
}

interface RowProps {
  id: string;
  kind: string;
  quote: string;
  message: string;
  suggestion: string;
  onUse?: (id: string) => void;
}

/** One finding; unchanged rows are not rendered again while the manager types. */
const FindingRow = memo(function FindingRow({ id, kind, quote, message, suggestion, onUse }: RowProps) {
  return (
    <li className="notice warn small stack tight" data-finding={kind}>
      <span>
        <strong>{t('session.coach.kindLabel', { kind: kindLabel(kind) })}</strong> <mark className="tell">{quote}</mark>
      </span>
      <span>{message}</span>
      <span className="row">
        <span className="grow">{suggestion}</span>
        {onUse ? (
          <button type="button" className="btn small" data-use-suggestion="" onClick={() => onUse(id)}>
            {t('session.coach.useThis')}
          </button>
        ) : null}
      </span>
    </li>
  );
});

/**
 * The ask-vs-tell coach under a text field: each telling phrase is quoted and
 * marked, with an open rephrasing one click away. In notes (`notes`), what was
 * said stays as written: the coach offers "Next time, ask: …" instead.
 *
 * Typing stays within a frame on long notes: the list follows the text when
 * the page is idle (`useIdleValue`: a keystroke paints first, the coach catches up), only
 * changed lines are scored again, and rows are keyed by what they quote
 * rather than by offset, and memoised.
 */
export function CoachFindings({ text, onReplace, notes }: { text: string; onReplace?: (next: string) => void; notes?: boolean }) {
  const shown = useIdleValue(text);
  const findings = useMemo(() => keyFindings(shown, lintByLine(shown)), [shown]);
  const latest = useRef({ text, onReplace });
  latest.current = { text, onReplace };
  const listRef = useRef<HTMLUListElement>(null);
  /** After "Use this": where focus goes once the list shows the new text. */
  const focusNext = useRef<{ index: number; field: HTMLElement | null } | null>(null);
  const hasReplace = onReplace !== undefined && !notes;

  const use = useCallback((key: string) => {
    const { text: now, onReplace: replace } = latest.current;
    // The list may lag the text by a keystroke: apply the finding as it stands in the current text.
    const current = keyFindings(now, lintByLine(now));
    const index = current.findIndex((f) => f.key === key);
    const f = current[index];
    if (!f || !replace) return;
    focusNext.current = { index, field: fieldNear(listRef.current) };
    replace(applySuggestion(now, f));
  }, []);

  // Focus never falls to the page: it moves to the next finding's "Use this",
  // or back to the field when none is left.
  useEffect(() => {
    const want = focusNext.current;
    if (!want || shown !== text) return;
    focusNext.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-use-suggestion]');
    const next = buttons?.length ? buttons[Math.min(want.index, buttons.length - 1)] : null;
    (next ?? want.field)?.focus();
  });

  const list = useMemo(
    () =>
      findings.length === 0 ? null : (
        <ul className="list coach-list" aria-label={t('session.coach.list')} ref={listRef}>
          {findings.map((f) => (
            <FindingRow
              key={f.key}
              id={f.key}
              kind={f.kind}
              quote={f.quote}
              message={f.message}
              suggestion={notes ? f.nextTime : t('session.coach.try', { text: f.suggestion })}
              onUse={hasReplace ? use : undefined}
            />
          ))}
        </ul>
      ),
    [findings, hasReplace, use, notes],
  );
  return list;
}
