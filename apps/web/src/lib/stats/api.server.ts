import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { uuidSchema, type StatsLevel, type StatsReport } from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { filterProblems, type FilterProblem, type FilterValues } from './query';

type Event = Pick<RequestEvent, 'request' | 'url' | 'cookies' | 'getClientAddress' | 'params'>;

export type ReportResult =
  { report: StatsReport; problems: [] } | { report: null; problems: FilterProblem[] };

/** A path id that is no UUID is a page that does not exist (before the API is asked). */
export function requireId(id: string, what: 'district' | 'unit' | 'log'): string {
  if (!uuidSchema.safeParse(id).success) {
    error(404, {
      message: `${what} ${id} not found`,
      code: what === 'unit' ? 'unit_not_found' : 'not_found',
    });
  }
  return id;
}

/**
 * A dashboard's report with the filters as typed. A 422 is about the filters (the ids are
 * checked first), and comes back as problems to show beside the fields; 404 (a scope the person
 * may not see) and 401 lead where every page's do.
 */
export async function fetchReport(
  event: Event,
  level: StatsLevel,
  id: string | null,
  values: FilterValues,
): Promise<ReportResult> {
  const client = api(event);
  const query: Record<string, string> = { ...values };
  const response =
    level === 'municipality'
      ? await client.api.v1.stats.municipality.$get({ query })
      : level === 'district'
        ? await client.api.v1.stats.districts[':districtId'].$get({
            param: { districtId: id ?? '' },
            query,
          })
        : await client.api.v1.stats.units[':unitId'].$get({ param: { unitId: id ?? '' }, query });
  if (statusOf(response) === 422) {
    return { report: null, problems: filterProblems(await response.json().catch(() => null)) };
  }
  if (!response.ok) loadFailure(response, `Statistics (${level} ${id ?? ''})`, signInOf(event));
  return { report: (await response.json()) as StatsReport, problems: [] };
}

const signInOf = (event: Pick<RequestEvent, 'params'>) => `/${event.params.municipality ?? ''}`;

/** The municipality's attention categories for the category filter; none if they do not come. */
export async function fetchCategories(event: Event): Promise<string[]> {
  const response = await api(event).api.v1.municipality['log-settings'].$get();
  if (statusOf(response) === 401) redirect(303, signInOf(event));
  if (!response.ok) return [];
  return (await response.json()).attentionCategories;
}

/**
 * The name of the scope for the heading when the filters were refused and there is no report:
 * the district's or the unit's own answer (the API refuses both alike when it may not be seen).
 */
export async function scopeName(event: Event, level: StatsLevel, id: string): Promise<string> {
  const client = api(event);
  const response =
    level === 'district'
      ? await client.api.v1.districts[':districtId'].$get({ param: { districtId: id } })
      : await client.api.v1.units[':unitId'].$get({ param: { unitId: id } });
  if (!response.ok) loadFailure(response, `${level} ${id}`, signInOf(event));
  return (await response.json()).name;
}
