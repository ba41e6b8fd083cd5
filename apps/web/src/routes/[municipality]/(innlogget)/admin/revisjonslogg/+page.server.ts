import { error } from '@sveltejs/kit';
import { api, statusOf } from '$lib/api/client';
import { endOfOsloDay, isDate, startOfOsloDay } from '$lib/components/settings/audit';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 25;
const ACTION = /^[a-z_]+(\.[a-z_]+)+$/;

/** The audit list: filters from the address (so a filtered list can be linked and reloaded). */
export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const filters = {
    action: params.get('action') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const cursor = params.get('cursor') ?? '';
  // A shorter page can be asked for in the address (used by the end-to-end test of "Vis flere").
  const asked = Number(params.get('limit'));
  const limit = Number.isInteger(asked) && asked >= 1 && asked <= PAGE_SIZE ? asked : PAGE_SIZE;

  const errors: { from?: 'badDate' | 'badDates'; to?: 'badDate' } = {};
  if (filters.from && !isDate(filters.from)) errors.from = 'badDate';
  if (filters.to && !isDate(filters.to)) errors.to = 'badDate';
  if (!errors.from && !errors.to && filters.from && filters.to && filters.from > filters.to) {
    errors.from = 'badDates';
  }

  // What the API is asked, also used by the page to fetch the next pages itself.
  const query: Record<string, string> = { limit: String(limit) };
  if (ACTION.test(filters.action)) query.action = filters.action;
  if (filters.from && !errors.from) query.from = startOfOsloDay(filters.from);
  if (filters.to && !errors.to) query.to = endOfOsloDay(filters.to);

  const response = await api(event).api.v1['audit-events'].$get({
    query: cursor ? { ...query, cursor } : query,
  });
  const status = statusOf(response);
  if (status === 403) error(403, { message: 'Audit list refused', code: 'forbidden' });
  if (status === 422 && cursor) {
    // A stale or tampered cursor: start from the newest again.
    const again = await api(event).api.v1['audit-events'].$get({ query });
    if (again.ok) return { ...(await again.json()), filters, errors, query, limit };
  }
  if (!response.ok) error(502, { message: `Audit list answered ${status}`, code: 'unexpected' });
  return { ...(await response.json()), filters, errors, query, limit };
};
