import { redirect } from '@sveltejs/kit';
import { api } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { todayInNorway } from '$lib/logs/list/consent';
import { requireId } from '$lib/stats/api.server';
import type { PageServerLoad } from './$types';

/**
 * The unit leader's overview of one log of their unit (C8, S3): metadata and open deadlines,
 * never the content. A log that has moved to another unit is shown under that unit's address.
 */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { municipality } = event.params;
  const unitId = requireId(event.params.unitId, 'unit');
  const logId = requireId(event.params.logId, 'log');
  const response = await api(event).api.v1.logs[':logId'].overview.$get({ param: { logId } });
  if (!response.ok) loadFailure(response, `Overview of ${logId}`, `/${municipality}`);
  const overview = await response.json();
  if (overview.unit.id !== unitId) {
    redirect(303, `/${municipality}/enheter/${overview.unit.id}/logger/${logId}`);
  }
  return { overview, today: todayInNorway() };
};
