/**
 * Parsing what CRMs show: amounts with currency, close dates in the page's
 * locale. A value that cannot be read for sure returns null (never a guess).
 */

/** Currency symbols, longest first ("R$" before "$"). One pass over the text, no regex per symbol. */
const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['₹', 'INR'],
  ['CHF', 'CHF'],
];

export interface ParsedAmount {
  value: number;
  currency: string | null;
}

export function parseAmount(text: string): ParsedAmount | null {
  const t = text.replace(/\u00a0|\u202f/g, ' ').trim();
  if (!t || t.length > 80) return null;
  const code = /\b([A-Z]{3})\b/.exec(t)?.[1] ?? null;
  let currency = code;
  if (!currency) currency = SYMBOLS.find(([sym]) => t.includes(sym))?.[1] ?? null;
  // Salesforce shows converted amounts as "EUR 45,000.00 (USD 52,000.00)": take the first.
  const m = /-?\d[\d\s.,']*/.exec(t.replace(/\(.*\)/, ''));
  if (!m) return null;
  let num = m[0].replace(/[\s']/g, '');
  const lastDot = num.lastIndexOf('.');
  const lastComma = num.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // The later separator is the decimal one: 1,234.56 or 1.234,56.
    num = lastComma > lastDot ? num.replace(/\./g, '').replace(',', '.') : num.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // "45,00" is decimal; "45,000" and "1,234,567" are thousands.
    num = /,\d{1,2}$/.test(num) && num.split(',').length === 2 ? num.replace(',', '.') : num.replace(/,/g, '');
  } else if (lastDot >= 0 && /^\d{1,3}(\.\d{3})+$/.test(num)) {
    num = num.replace(/\./g, ''); // 45.000 (German thousands)
  }
  const value = Number(num.replace(/[.,]$/, ''));
  if (!Number.isFinite(value)) return null;
  const k = /\d\s*([kKmM])\b/.exec(t)?.[1];
  const scaled = k ? value * (k.toLowerCase() === 'k' ? 1_000 : 1_000_000) : value;
  return { value: Math.round(scaled * 100) / 100, currency };
}

/** Month names and abbreviations to their number; built on the first date spelled out, not each time the content script loads. */
let months: Map<string, number> | undefined;
function monthOf(name: string): number | undefined {
  if (!months) {
    months = new Map();
    [
      ['jan', 'january', 'janv', 'janvier', 'januar', 'enero', 'ene', 'gennaio', 'gen'],
      ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'februar', 'febrero', 'febbraio'],
      ['mar', 'march', 'mars', 'märz', 'marz', 'marzo'],
      ['apr', 'april', 'avr', 'avril', 'abril', 'abr', 'aprile'],
      ['may', 'mai', 'mayo', 'maggio', 'mag'],
      ['jun', 'june', 'juin', 'juni', 'junio', 'giugno', 'giu'],
      ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'luglio', 'lug'],
      ['aug', 'august', 'août', 'aout', 'agosto', 'ago'],
      ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'set'],
      ['oct', 'october', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott'],
      ['nov', 'november', 'novembre', 'noviembre'],
      ['dec', 'december', 'déc', 'décembre', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre'],
    ].forEach((names, i) => names.forEach((n) => months!.set(n, i + 1)));
  }
  return months.get(name);
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000; // CRMs show two-digit years only for this century
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A month name or abbreviation ("mar", "März", "déc."), in dates spelled out. */
const MONTH_DAY_YEAR = /([a-zà-ÿ]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+(?:de\s+)?([a-zà-ÿ]{3,10})\.?\s+(?:de\s+)?(\d{4})/;

/** Locales whose numeric dates put the day first (en-US and en-CA put the month first). */
export function dayFirst(locale: string | null | undefined): boolean {
  const l = (locale ?? 'en-US').toLowerCase();
  if (l === 'en' || l.startsWith('en-us') || l.startsWith('en-ca') || l.startsWith('en-ph')) return false;
  if (/^(zh|ja|ko|hu|lt|sv)/.test(l)) return false; // year-first locales are handled by ISO-like parsing
  return true;
}

/** Parses a close date to ISO (yyyy-mm-dd). `locale` decides M/D/Y vs D/M/Y for numeric dates. */
export function parseCloseDate(text: string, locale?: string | null): string | null {
  const t = text.replace(/\u00a0/g, ' ').trim().toLowerCase();
  if (!t || t.length > 60) return null;
  let m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(t);
  if (m) {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    // An impossible month decides it whatever the locale says.
    if (a > 12) return iso(y, b, a);
    if (b > 12) return iso(y, a, b);
    return dayFirst(locale) ? iso(y, b, a) : iso(y, a, b);
  }
  // "Mar 15, 2027" / "March 15 2027"
  m = MONTH_DAY_YEAR.exec(t);
  const before = m && monthOf(m[1]!);
  if (m && before) return iso(+m[3]!, before, +m[2]!);
  // "15 March 2027" / "15 mars 2027" / "15. März 2027"
  m = DAY_MONTH_YEAR.exec(t);
  const after = m && monthOf(m[2]!);
  if (m && after) return iso(+m[3]!, after, +m[1]!);
  return null;
}
