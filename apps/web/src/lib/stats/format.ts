import { LOCALES, type Lang } from '$lib/i18n';

/**
 * Numbers of the dashboards in Norwegian formats: coverage as a percentage ("12,5 %"), months as
 * words ("mars 2026"). Pure, so the tables, the charts and the CSV agree.
 */

/** Decimals of a percentage: one, or two below 1 % so that a small coverage is not "0 %". */
const decimals = (ratio: number) => (ratio > 0 && ratio < 0.01 ? 2 : 1);

/** A ratio as a percentage number (0.1234 → 12.3, 0.0014 → 0.14), for tables, charts and CSV. */
export function percentValue(ratio: number): number {
  const factor = 10 ** decimals(ratio);
  return Math.round(ratio * 100 * factor) / factor;
}

/** A ratio as text: "12,3 %" (nb, nn), "12.3%" (en); "–" when there is none. */
export function formatPercent(lang: Lang, ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–';
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: decimals(ratio),
  }).format(percentValue(ratio) / 100);
}

/** 'YYYY-MM' as "mars 2026" (long) or "mar. 2026" (short), in the page's language. */
export function formatMonth(lang: Lang, month: string, style: 'long' | 'short' = 'long'): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** 'YYYY-MM-DD' as "18. april 2026" without moving it across midnight in any time zone. */
export function formatDate(lang: Lang, date: string): string {
  const [year, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!year || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, d)),
  );
}
