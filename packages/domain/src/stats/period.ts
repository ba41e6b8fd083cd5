import { z } from 'zod';
import { unitTypeSchema } from '../org/unit-types';

/**
 * The filters every dashboard takes (issue 5): a period of whole months, a unit type and an
 * attention category. Months are 'YYYY-MM' in Norwegian time; the period includes both ends.
 */
export const MAX_PERIOD_MONTHS = 60;
export const DEFAULT_PERIOD_MONTHS = 12;

const monthSchema = z
  .string({ message: 'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    message: 'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.',
  });

/** Query parameters as they arrive in a URL; empty strings mean "not chosen". */
export const statsQuerySchema = z
  .strictObject({
    from: monthSchema.optional(),
    to: monthSchema.optional(),
    unitType: z
      .union([z.literal(''), unitTypeSchema], { message: 'Ukjent enhetstype.' })
      .optional(),
    category: z
      .string()
      .trim()
      .max(100, { message: 'Kategorien er for lang (høyst 100 tegn).' })
      .optional(),
  })
  .meta({ id: 'StatsQuery' });
export type StatsQuery = z.infer<typeof statsQuerySchema>;

export interface StatsFilters {
  from: string;
  to: string;
  unitType: z.infer<typeof unitTypeSchema> | null;
  category: string | null;
}

export type FilterProblem = { field: 'from' | 'to'; message: string };

/** The month of a date ('YYYY-MM-DD' → 'YYYY-MM'). */
export const monthOf = (date: string) => date.slice(0, 7);

/** 'YYYY-MM' plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * The filters with defaults filled in (the last 12 months up to today's month), or what is wrong
 * with the period: the end before the start, a period longer than five years, or in the future.
 */
export function resolveFilters(
  query: StatsQuery,
  today: string,
): { ok: true; filters: StatsFilters } | { ok: false; problems: FilterProblem[] } {
  const current = monthOf(today);
  const to = query.to ?? current;
  const from = query.from ?? addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1));
  const problems: FilterProblem[] = [];
  if (to > current)
    problems.push({ field: 'to', message: 'Perioden kan ikke slutte etter denne måneden.' });
  if (from > to) problems.push({ field: 'from', message: 'Fra-måneden må komme før til-måneden.' });
  else if (monthsBetween(from, to).length > MAX_PERIOD_MONTHS) {
    problems.push({
      field: 'from',
      message: `Velg en periode på høyst ${MAX_PERIOD_MONTHS} måneder.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    filters: {
      from,
      to,
      unitType: query.unitType ? query.unitType : null,
      category: query.category ? query.category : null,
    },
  };
}
