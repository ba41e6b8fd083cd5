import { requireId } from '$lib/stats/api.server';
import { dashboardCsv } from '$lib/stats/dashboard.server';
import type { RequestHandler } from './$types';

/** A table of a unit's dashboard as CSV (`?tabell=…` and the page's filters). */
export const GET: RequestHandler = (event) =>
  dashboardCsv(event, 'unit', requireId(event.params.unitId, 'unit'));
