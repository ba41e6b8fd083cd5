import { error } from '@sveltejs/kit';
import { uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { todayInNorway } from '$lib/logs/list/consent';
import type { PageServerLoad } from './$types';

/** The unit leader's open archive obligations (metadata) and the Noark 5 export (L8, S3). */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { municipality, unitId } = event.params;
  const signIn = `/${municipality}`;
  if (!uuidSchema.safeParse(unitId).success) {
    error(404, { message: `Unit ${unitId} not found`, code: 'unit_not_found' });
  }
  const client = api(event);
  const [unitResponse, response] = await Promise.all([
    client.api.v1.units[':unitId'].$get({ param: { unitId } }),
    client.api.v1.units[':unitId'].archive.$get({ param: { unitId } }),
  ]);
  if (!unitResponse.ok) loadFailure(unitResponse, `Unit ${unitId}`, signIn);
  if (!response.ok) loadFailure(response, `Archive of ${unitId}`, signIn);
  const today = todayInNorway();
  return {
    unit: await unitResponse.json(),
    archive: await response.json(),
    period: { from: `${today.slice(0, 4)}-01-01`, to: today },
  };
};
