import { useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n';

/**
 * A destructive action (End session, Delete, Discard) pressed within a moment
 * of the panel appearing needs an explicit second step: a page that shows the
 * panel under a bait button, or a click meant for the CRM that lands on the
 * panel as it slides in, must not end or delete anything on its own.
 */
export const APPEAR_GUARD_MS = 1500;

let appearedAt = typeof performance !== 'undefined' ? performance.now() : 0;
const markAppeared = () => {
  appearedAt = performance.now();
};

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  // The panel frame is hidden and shown again by the content script; shown is
  // appearing again. A hidden frame has no size; a background tab is hidden.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') markAppeared();
  });
  // Shown again after being hidden: the frame comes back into the page's viewport.
  if (typeof IntersectionObserver !== 'undefined') {
    let seen = true;
    new IntersectionObserver((entries) => {
      const visible = entries.some((e) => e.isIntersecting);
      if (visible && !seen) markAppeared();
      seen = visible;
    }).observe(document.documentElement);
  }
  let sized = window.innerWidth > 0 && window.innerHeight > 0;
  window.addEventListener('resize', () => {
    const now = window.innerWidth > 0 && window.innerHeight > 0;
    if (now && !sized) markAppeared();
    sized = now;
  });
}

/** True while the panel has only just appeared (loaded, or shown again). */
export function appearedRecently(now = performance.now()): boolean {
  return now - appearedAt < APPEAR_GUARD_MS;
}

/**
 * A button for a destructive action. Pressed long enough after the panel
 * appeared, it acts at once (with undo where the action allows); pressed
 * right after, it asks to confirm first.
 */
export function GuardedButton({
  children,
  confirmLabel,
  onConfirm,
  className = 'btn',
  disabled,
}: {
  children: ReactNode;
  /** The second step's accessible name, e.g. "Yes, end session". */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (asking) {
    return (
      <span className="row" role="group" aria-label={t('session.guard.label')}>
        <span className="small">{t('session.guard.sure')}</span>
        <button
          ref={(el) => el?.focus()}
          type="button"
          className={className}
          onClick={() => {
            setAsking(false);
            void onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn ghost" onClick={() => setAsking(false)}>
          {t('session.guard.cancel')}
        </button>
      </span>
    );
  }
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={(e) => {
        // Only a real click or key press acts; and right after the panel appeared, only after a second step.
        if (!e.isTrusted || appearedRecently()) setAsking(true);
        else void onConfirm();
      }}
    >
      {children}
    </button>
  );
}
