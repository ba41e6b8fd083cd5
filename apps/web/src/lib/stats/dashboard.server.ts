import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { toCsv, type StatsLevel } from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { createTranslator, LANG_COOKIE, resolveLang } from '$lib/i18n';
import { todayInNorway } from '$lib/logs/list/consent';
import { fetchCategories, fetchReport, scopeName } from './api.server';
import { readFilters } from './query';
import { allTables, csvFilename, isTableId, tableCsv } from './tables';

type Event = Pick<
  RequestEvent,
  'request' | 'url' | 'cookies' | 'getClientAddress' | 'params' | 'locals'
>;

/**
 * What every dashboard page loads: the report for the filters in the address (or the problems
 * with them), the municipality's categories for the filter, and the scope's name for the heading
 * even when the filters were refused.
 */
export async function loadDashboard(event: Event, level: StatsLevel, id: string | null) {
  const values = readFilters(event.url, level);
  const [result, categories] = await Promise.all([
    fetchReport(event, level, id, values),
    fetchCategories(event),
  ]);
  const name =
    result.report?.scope.name ??
    (level !== 'municipality' && id ? await scopeName(event, level, id) : null);
  return {
    level,
    values,
    categories,
    report: result.report,
    problems: result.problems,
    name,
    maxMonth: todayInNorway().slice(0, 7),
  };
}

/**
 * "Last ned CSV": one table of a dashboard as a CSV file, from the same report the page shows
 * (`?tabell=` names the table, the filters as on the page), in the page's language.
 */
export async function dashboardCsv(
  event: Event,
  level: StatsLevel,
  id: string | null,
): Promise<Response> {
  const slug = event.params.municipality ?? '';
  const table = event.url.searchParams.get('tabell');
  if (!isTableId(table)) error(404, { message: `No table ${table}`, code: 'not_found' });

  const client = api(event);
  const [me, branding] = await Promise.all([
    client.api.v1.me.$get(),
    client.api.v1.municipalities[':slug'].$get({ param: { slug } }),
  ]);
  if (statusOf(me) === 401) redirect(303, `/${slug}`);
  if (!me.ok || !branding.ok) {
    error(404, { message: `Municipality ${slug}`, code: 'municipality_not_found', slug });
  }
  if ((await me.json()).municipality.slug !== slug) redirect(303, `/${slug}`);
  const lang = resolveLang(event.cookies.get(LANG_COOKIE), (await branding.json()).writtenStandard);

  const result = await fetchReport(event, level, id, readFilters(event.url, level));
  if (!result.report) {
    const problem = result.problems[0];
    return new Response(`${problem?.message ?? 'Ugyldig utvalg.'}\n`, {
      status: 422,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const t = createTranslator(() => lang);
  const { header, rows } = tableCsv(allTables(t, result.report)[table]);
  return new Response(toCsv(header, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${csvFilename(result.report, table)}"`,
      'cache-control': 'private, no-store',
    },
  });
}
