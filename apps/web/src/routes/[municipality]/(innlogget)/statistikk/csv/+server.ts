import { dashboardCsv } from '$lib/stats/dashboard.server';
import type { RequestHandler } from './$types';

/** A table of the municipality's dashboard as CSV (`?tabell=…` and the page's filters). */
export const GET: RequestHandler = (event) => dashboardCsv(event, 'municipality', null);
