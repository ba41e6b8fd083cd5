import { error, fail, redirect } from '@sveltejs/kit';
import { uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { archiveRefusal } from '$lib/archive/api.server';
import { doneOf, type ArchiveResult } from '$lib/archive/result';
import { loadFailure } from '$lib/components/org/actions.server';
import type { Actions, PageServerLoad } from './$types';

/** A log's archive obligations and its archive PDF (L8): the holder and the unit's leader. */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { municipality, logId } = event.params;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  const response = await api(event).api.v1.logs[':logId'].archive.$get({ param: { logId } });
  if (!response.ok) loadFailure(response, `Archive of ${logId}`, `/${municipality}`);
  return { archive: await response.json(), done: doneOf(event.url.searchParams.get('melding')) };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const back = (event: { params: { municipality: string; logId: string } }, done: string) =>
  redirect(303, `/${event.params.municipality}/logger/${event.params.logId}/arkiv?melding=${done}`);

export const actions: Actions = {
  pdf: async (event) => {
    const { logId } = event.params;
    const form = await event.request.formData();
    const chosen = text(form, 'scope') === 'chosen';
    const attentionIds = chosen ? form.getAll('attentionIds').map(String) : [];
    const obligationId = text(form, 'obligationId');
    if (chosen && attentionIds.length === 0) {
      return fail(422, {
        form: 'pdf',
        errors: [{ field: 'attentionIds', message: 'archive.make.chooseOne' }],
      } satisfies ArchiveResult);
    }
    const response = await api(event).api.v1.logs[':logId'].archive.pdf.$post({
      param: { logId },
      json: { attentionIds, ...(obligationId ? { obligationId } : {}) },
    });
    if (response.ok) back(event, 'pdf');
    return archiveRefusal(event, response, { form: 'pdf' });
  },
  done: async (event) => {
    const { logId } = event.params;
    const form = await event.request.formData();
    const obligationId = text(form, 'obligationId');
    const archiveReference = text(form, 'archiveReference');
    const response = await api(event).api.v1.logs[':logId'].archive[':obligationId'].done.$post({
      param: { logId, obligationId },
      json: archiveReference ? { archiveReference } : {},
    });
    if (response.ok) back(event, 'done');
    return archiveRefusal(event, response, { form: 'done', id: obligationId });
  },
  moving: async (event) => {
    const { logId } = event.params;
    const response = await api(event).api.v1.logs[':logId'].archive['moving-away'].$post({
      param: { logId },
    });
    if (response.ok) back(event, 'moving');
    return archiveRefusal(event, response, { form: 'moving' });
  },
};
