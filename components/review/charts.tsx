/*
 * Small charts in plain SVG: no chart library in a popup that must open fast.
 * Each chart has a text equivalent (role="img" with a label listing the
 * values), so a screen reader hears what a sighted manager sees.
 */

const W = 96;
const H = 28;

/** A 12-week line, newest at the right; weeks without data leave a gap. */
export function Sparkline({ values, label, max }: { values: ReadonlyArray<number | null>; label: string; max?: number }) {
  const top = Math.max(max ?? 0, ...values.map((v) => v ?? 0), 1);
  const step = values.length > 1 ? W / (values.length - 1) : W;
  const y = (v: number) => H - 2 - (v / top) * (H - 4);
  const segments: string[] = [];
  let d = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (d) segments.push(d);
      d = '';
      return;
    }
    d += `${d ? 'L' : 'M'}${(i * step).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (d) segments.push(d);
  const last = values[values.length - 1];
  return (
    <svg className="chart" width={W} height={H} viewBox={`-2 0 ${W + 4} ${H}`} role="img" aria-label={label}>
      <line x1={0} x2={W} y1={H - 2} y2={H - 2} className="chart-axis" />
      {segments.map((p, i) => (
        <path key={i} d={p} className="chart-line" />
      ))}
      {last !== null && last !== undefined ? <circle cx={(values.length - 1) * step} cy={y(last)} r={2.5} className="chart-dot" /> : null}
    </svg>
  );
}

/** Minutes per week as bars against the weekly goal (a dashed line). */
export function GoalBars({ minutes, goal, label }: { minutes: readonly number[]; goal: number; label: string }) {
  const top = Math.max(goal * 1.25, ...minutes, 1);
  const bw = W / minutes.length;
  const y = (v: number) => H - (v / top) * H;
  return (
    <svg className="chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {minutes.map((m, i) => (
        <rect key={i} x={i * bw + 1} width={bw - 2} y={y(m)} height={H - y(m)} className={m >= goal ? 'chart-bar met' : 'chart-bar'} />
      ))}
      <line x1={0} x2={W} y1={y(goal)} y2={y(goal)} className="chart-goal" />
    </svg>
  );
}

/** One stacked bar: the share of time per tier. */
export function TierBar({ parts, label }: { parts: ReadonlyArray<{ key: string; value: number }>; label: string }) {
  const total = parts.reduce((s, p) => s + p.value, 0);
  let x = 0;
  return (
    <svg className="chart tier-bar" width="100%" height={10} viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect x={0} y={0} width={100} height={10} className="tier-none" />
      {total > 0
        ? parts.map((p) => {
            const w = (p.value / total) * 100;
            const r = <rect key={p.key} x={x} y={0} width={w} height={10} className={`tier-${p.key}`} />;
            x += w;
            return r;
          })
        : null}
    </svg>
  );
}
