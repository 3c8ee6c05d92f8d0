export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The budget; `higherIsBetter` for rates (records/s). */
  budget: number;
  ok: boolean;
  higherIsBetter?: boolean;
  note?: string;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

const fmt = (v: number) => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)) : 'n/a');

export function table(results: BenchResult[]): string {
  const rows = results.map((r) => [r.name, `${fmt(r.value)} ${r.unit}`, `${r.higherIsBetter ? '≥' : '≤'} ${r.budget} ${r.unit}`, r.ok ? 'ok' : 'MISSED', r.note ?? '']);
  const head = ['measure', 'median', 'budget', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
