import { fail } from '@sveltejs/kit';
import { transferDeclineSchema, uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { allPages, apiFailure, invalid, loadFailure } from '$lib/components/org/actions.server';
import type { FormResult } from '$lib/components/org/form';
import type { Actions, PageServerLoad } from './$types';

/**
 * X2: transfers waiting for the person — addressed to them, or to a unit they lead. A leader
 * names the new holder among the unit's active staff who may hold.
 */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const signIn = `/${event.params.municipality}`;
  const client = api(event);
  const response = await client.api.v1.transfers.incoming.$get({ query: {} });
  if (!response.ok) loadFailure(response, 'Incoming transfers', signIn);
  const { items } = await response.json();
  const led = new Set(me.units.filter((u) => u.capabilities.unitLeader).map((u) => u.id));
  const unitIds = [...new Set(items.map((t) => t.toUnit?.id ?? ''))].filter((id) => led.has(id));
  const holders: Record<string, { id: string; name: string }[]> = {};
  for (const unitId of unitIds) {
    const staff = await allPages(async (query) => {
      const r = await client.api.v1.units[':unitId'].staff.$get({ param: { unitId }, query });
      if (!r.ok) loadFailure(r, `Staff of ${unitId}`, signIn);
      return r.json();
    });
    holders[unitId] = staff
      .filter((s) => s.active && s.canHold)
      .map((s) => ({ id: s.person.id, name: s.person.name }));
  }
  return { items, holders };
};

const NEW_HOLDER = { newHolderPersonId: 'logsTransfers.error.newHolder' } as const;
const DECLINE = { reason: 'logsTransfers.error.reason' } as const;

export const actions: Actions = {
  accept: async (event) => {
    const { municipality } = event.params;
    const data = await event.request.formData();
    const transferId = uuidSchema.safeParse(data.get('transferId'));
    const values = { transferId: String(data.get('transferId') ?? '') };
    const form = `accept-${values.transferId}`;
    if (!transferId.success) return fail(422, { form, values, errors: [] } satisfies FormResult);
    const chosen = data.get('newHolderPersonId');
    const newHolder =
      typeof chosen === 'string' && chosen !== '' ? uuidSchema.safeParse(chosen) : null;
    if (newHolder && !newHolder.success) {
      return invalid(form, values, [{ path: ['newHolderPersonId'] }], NEW_HOLDER);
    }
    const response = await api(event).api.v1.transfers[':transferId'].accept.$post({
      param: { transferId: transferId.data },
      json: { newHolderPersonId: newHolder?.data ?? null },
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: NEW_HOLDER,
        conflict: 'logsTransfers.error.pending',
        signIn: `/${municipality}`,
      });
    }
    const accepted = await response.json();
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsTransfers.notice.accepted',
      noticeParams: { name: accepted.newHolder?.name ?? '' },
    } satisfies FormResult;
  },

  decline: async (event) => {
    const { municipality } = event.params;
    const data = await event.request.formData();
    const transferId = uuidSchema.safeParse(data.get('transferId'));
    const values = {
      transferId: String(data.get('transferId') ?? ''),
      reason: String(data.get('reason') ?? ''),
    };
    const form = `decline-${values.transferId}`;
    if (!transferId.success) return fail(422, { form, values, errors: [] } satisfies FormResult);
    const parsed = transferDeclineSchema.safeParse({ reason: values.reason });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, DECLINE);
    const response = await api(event).api.v1.transfers[':transferId'].decline.$post({
      param: { transferId: transferId.data },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: DECLINE,
        conflict: 'logsTransfers.error.pending',
        signIn: `/${municipality}`,
      });
    }
    const declined = await response.json();
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsTransfers.notice.declined',
      noticeParams: { name: declined.fromHolder.name },
    } satisfies FormResult;
  },
};
