import { requireId } from '$lib/stats/api.server';
import { loadDashboard } from '$lib/stats/dashboard.server';
import type { PageServerLoad } from './$types';

/** A district by unit (S1): for the municipality admin and the district's own leader. */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const districtId = requireId(event.params.districtId, 'district');
  return loadDashboard(event, 'district', districtId);
};
