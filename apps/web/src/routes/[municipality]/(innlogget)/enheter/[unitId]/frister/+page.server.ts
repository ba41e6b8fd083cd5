import { api } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { requireId } from '$lib/stats/api.server';
import type { PageServerLoad } from './$types';

/**
 * The unit leader's deadline list (S3): who and which child, live, for the unit's own leader
 * only — anyone else gets the API's 404, the same as a unit that does not exist.
 */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const unitId = requireId(event.params.unitId, 'unit');
  const response = await api(event).api.v1.stats.units[':unitId'].deadlines.$get({
    param: { unitId },
  });
  if (!response.ok)
    loadFailure(response, `Deadlines of ${unitId}`, `/${event.params.municipality}`);
  return { list: await response.json() };
};
