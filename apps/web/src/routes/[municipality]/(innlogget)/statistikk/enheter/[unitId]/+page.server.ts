import { requireId } from '$lib/stats/api.server';
import { loadDashboard } from '$lib/stats/dashboard.server';
import type { PageServerLoad } from './$types';

/**
 * One unit (S1): for its leader, its district's leader and the municipality admin. Only the
 * unit's own leader gets the holders by name and the way to the deadline list (S3, S4).
 */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const unitId = requireId(event.params.unitId, 'unit');
  const dashboard = await loadDashboard(event, 'unit', unitId);
  const leadsUnit = me.roles.some((r) => r.role === 'unit_leader' && r.unit.id === unitId);
  return { ...dashboard, leadsUnit };
};
