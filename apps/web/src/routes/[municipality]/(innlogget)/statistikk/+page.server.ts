import { loadDashboard } from '$lib/stats/dashboard.server';
import type { PageServerLoad } from './$types';

/**
 * The way into the leader dashboards (S1): the municipality admin's dashboard of the whole
 * municipality by district; a district leader's districts and a unit leader's units as links.
 */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const isAdmin = me.roles.some((r) => r.role === 'municipality_admin');
  const districts = me.roles.flatMap((r) => (r.role === 'district_leader' ? [r.district] : []));
  const units = me.roles.flatMap((r) => (r.role === 'unit_leader' ? [r.unit] : []));
  const dashboard = isAdmin ? await loadDashboard(event, 'municipality', null) : null;
  return { dashboard, districts, units };
};
