import { error, fail, redirect } from '@sveltejs/kit';
import { transferCreateSchema, uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { apiFailure, invalid, loadFailure } from '$lib/components/org/actions.server';
import type { FormResult } from '$lib/components/org/form';
import {
  readStartForm,
  safeReturn,
  TRANSFER_MESSAGES,
  transferBody,
} from '$lib/transfers/start-form';
import type { Actions, PageServerLoad } from './$types';

/**
 * Transfer one log (X1–X3): the holder, or the unit's leader on their behalf — who reaches this
 * page from the staff page's handover, since they do not read the log itself (C8). Shows the
 * pending transfer and the history of holders.
 */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { municipality, logId } = event.params;
  const signIn = `/${municipality}`;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  const client = api(event);
  const response = await client.api.v1.logs[':logId'].transfers.$get({ param: { logId } });
  if (!response.ok) loadFailure(response, `Transfers of ${logId}`, signIn);
  const transfers = await response.json();
  let recipients = null;
  if (transfers.mayStart && !transfers.pending) {
    const r = await client.api.v1.logs[':logId'].transfers.recipients.$get({ param: { logId } });
    if (!r.ok) loadFailure(r, `Recipients of ${logId}`, signIn);
    recipients = (await r.json()).units;
  }
  return {
    transfers,
    recipients,
    returnTo: safeReturn(municipality, event.url.searchParams.get('fra')),
  };
};

export const actions: Actions = {
  start: async (event) => {
    const { municipality, logId } = event.params;
    const form = 'start';
    const input = await readStartForm(event.request);
    const values: Record<string, string> = {
      recipient: input.recipient,
      reason: input.reason,
      guardianConsent: input.guardianConsent,
      attentionIds: input.attentionIds.join(','),
    };
    const client = api(event);
    const current = await client.api.v1.logs[':logId'].transfers.$get({ param: { logId } });
    if (!current.ok) loadFailure(current, `Transfers of ${logId}`, `/${municipality}`);
    const body = transferBody(input, (await current.json()).log.unit.id);
    const parsed = transferCreateSchema.safeParse(body);
    if (!parsed.success) return invalid(form, values, parsed.error.issues, TRANSFER_MESSAGES);
    const response = await client.api.v1.logs[':logId'].transfers.$post({
      param: { logId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: TRANSFER_MESSAGES,
        conflict: 'logsTransfers.error.pending',
        signIn: `/${municipality}`,
      });
    }
    const back = safeReturn(municipality, input.fra);
    if (back) redirect(303, back);
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsTransfers.notice.started',
    } satisfies FormResult;
  },

  cancel: async (event) => {
    const { municipality } = event.params;
    const form = 'cancel';
    const data = await event.request.formData();
    const transferId = uuidSchema.safeParse(data.get('transferId'));
    if (!transferId.success)
      return fail(422, { form, values: {}, errors: [] } satisfies FormResult);
    const response = await api(event).api.v1.transfers[':transferId'].cancel.$post({
      param: { transferId: transferId.data },
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values: {},
        messages: {},
        conflict: 'logsTransfers.error.pending',
        signIn: `/${municipality}`,
      });
    }
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsTransfers.notice.cancelled',
    } satisfies FormResult;
  },
};
