import { MAX_PERIOD_MONTHS, type StatsLevel } from '@stafett/domain';
import type { MessageKey, Params } from '$lib/i18n';

/**
 * The dashboards' filters as they travel in the URL (issue 5): the GET form puts them there, the
 * links that drill down and the CSV links carry them on, and the API is asked with them as typed,
 * so a malformed period is named by the API beside its field rather than silently replaced.
 */
export const FILTER_FIELDS = ['from', 'to', 'unitType', 'category'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterValues = Partial<Record<FilterField, string>>;

/** Which filters a level offers: one unit has one type, so its dashboard has no type filter. */
export function filterFields(level: StatsLevel): readonly FilterField[] {
  return level === 'unit' ? ['from', 'to', 'category'] : FILTER_FIELDS;
}

/** The known filters in the URL, trimmed; empty ones mean "not chosen" and are left out. */
export function readFilters(url: URL, level: StatsLevel): FilterValues {
  const values: FilterValues = {};
  for (const field of filterFields(level)) {
    const value = url.searchParams.get(field)?.trim();
    if (value) values[field] = value;
  }
  return values;
}

/** Only the filters the next level takes (a unit's page drops the unit type). */
export function filtersFor(values: FilterValues, level: StatsLevel): FilterValues {
  const kept: FilterValues = {};
  for (const field of filterFields(level)) {
    const value = values[field];
    if (value) kept[field] = value;
  }
  return kept;
}

/** '' or '?from=…&to=…' (plus any extra parameters first), for links that keep the filters. */
export function filterSearch(values: FilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const field of FILTER_FIELDS) {
    const value = values[field];
    if (value) params.set(field, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** A problem with the filters, to show beside its field; `field` '' is about the whole form. */
export interface FilterProblem {
  field: FilterField | '';
  /** Our own translated message when the API's (bokmål) one is known, else null. */
  key: MessageKey | null;
  params?: Params;
  /** The API's own words, shown when there is no key. */
  message: string;
}

/**
 * The API's messages for the filters (packages/domain/src/stats/period.ts) and their keys here,
 * so a nynorsk or English page says them in its own language.
 */
const KNOWN_MESSAGES: Record<string, MessageKey> = {
  'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.': 'stats.filter.error.month',
  'Ukjent enhetstype.': 'stats.filter.error.unitType',
  'Kategorien er for lang (høyst 100 tegn).': 'stats.filter.error.category',
  'Perioden kan ikke slutte etter denne måneden.': 'stats.filter.error.future',
  'Fra-måneden må komme før til-måneden.': 'stats.filter.error.order',
  [`Velg en periode på høyst ${MAX_PERIOD_MONTHS} måneder.`]: 'stats.filter.error.tooLong',
};

const isField = (value: string): value is FilterField =>
  (FILTER_FIELDS as readonly string[]).includes(value);

/** A problem+json body (422) as problems by field; anything unknown is about the whole form. */
export function filterProblems(body: unknown): FilterProblem[] {
  const problem = (body ?? {}) as { detail?: unknown; errors?: unknown };
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const problems: FilterProblem[] = [];
  for (const raw of errors) {
    const item = (raw ?? {}) as { field?: unknown; message?: unknown };
    const field = typeof item.field === 'string' ? item.field.split('.')[0]! : '';
    const message = typeof item.message === 'string' ? item.message : '';
    const where = isField(field) ? field : '';
    if (problems.some((p) => p.field === where)) continue;
    problems.push(toProblem(where, message));
  }
  if (problems.length === 0) {
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    problems.push(toProblem('', detail));
  }
  return problems;
}

/** The API names a category that is not the municipality's: «…» finnes ikke. */
const UNKNOWN_CATEGORY = /^Kategorien «(.*)» finnes ikke\./s;

function toProblem(field: FilterField | '', message: string): FilterProblem {
  const unknown = UNKNOWN_CATEGORY.exec(message.trim());
  if (unknown) {
    return {
      field,
      key: 'stats.filter.error.unknownCategory',
      params: { category: unknown[1] ?? '' },
      message,
    };
  }
  const key = KNOWN_MESSAGES[message.trim()] ?? (message ? null : 'stats.filter.error.generic');
  return key === 'stats.filter.error.tooLong'
    ? { field, key, params: { max: MAX_PERIOD_MONTHS }, message }
    : { field, key, message };
}
