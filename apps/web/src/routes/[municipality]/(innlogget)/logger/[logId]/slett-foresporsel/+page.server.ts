import { error, redirect } from '@sveltejs/kit';
import { uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { loadLifecycle, refusal } from '$lib/lifecycle/api.server';
import type { Actions, PageServerLoad } from './$types';

/** A guardian or the youth demands deletion (L7); the request lands with the unit leader. */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { logId } = event.params;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  return { lifecycle: await loadLifecycle(event, logId) };
};

export const actions: Actions = {
  default: async (event) => {
    const { municipality, logId } = event.params;
    const response = await api(event).api.v1.logs[':logId']['deletion-request'].$post({
      param: { logId },
    });
    if (response.ok) redirect(303, `/${municipality}/logger/${logId}/slett-foresporsel`);
    return refusal(event, response, { form: 'deletion', values: {} });
  },
};
