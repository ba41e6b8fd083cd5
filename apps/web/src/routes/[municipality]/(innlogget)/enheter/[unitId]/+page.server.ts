import { error, redirect } from '@sveltejs/kit';
import { api, statusOf } from '$lib/api/client';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // The layout first checks that the session belongs to this municipality.
  await event.parent();
  const { municipality, unitId } = event.params;
  const response = await api(event).api.v1.units[':unitId'].$get({ param: { unitId } });
  const status = statusOf(response);
  if (status === 401) redirect(303, `/${municipality}`);
  // A malformed id, another municipality's unit and a deleted one all read as "not found".
  if (status === 404 || status === 422) {
    error(404, { message: `Unit ${unitId} not found`, code: 'unit_not_found' });
  }
  if (status === 403) error(403, { message: `Unit ${unitId} forbidden`, code: 'forbidden' });
  if (!response.ok) error(502, { message: `Unit answered ${status}`, code: 'unexpected' });
  return { unit: await response.json() };
};
