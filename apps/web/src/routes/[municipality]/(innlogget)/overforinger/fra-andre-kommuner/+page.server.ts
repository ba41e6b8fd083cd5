import { error } from '@sveltejs/kit';
import {
  transferPackageAcceptSchema,
  transferPackageDeclineSchema,
  uuidSchema,
} from '@stafett/domain';
import { api } from '$lib/api/client';
import { allPages, apiFailure, invalid, loadFailure } from '$lib/components/org/actions.server';
import type { FormResult } from '$lib/components/org/form';
import type { Actions, PageServerLoad } from './$types';

/**
 * X4, the receiving end: logs from other municipalities waiting for this one. A unit leader takes
 * one into a unit they lead with a holder of that unit, or declines it with a reason.
 */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const signIn = `/${event.params.municipality}`;
  const client = api(event);
  const response = await client.api.v1['transfer-packages'].incoming.$get();
  if (!response.ok) loadFailure(response, 'Incoming packages', signIn);
  const led = me.units.filter((u) => u.capabilities.unitLeader);
  const units = [];
  for (const unit of led) {
    const staff = await allPages(async (query) => {
      const r = await client.api.v1.units[':unitId'].staff.$get({
        param: { unitId: unit.id },
        query,
      });
      if (!r.ok) loadFailure(r, `Staff of ${unit.id}`, signIn);
      return r.json();
    });
    units.push({
      id: unit.id,
      name: unit.name,
      holders: staff
        .filter((s) => s.active && s.canHold)
        .map((s) => ({ id: s.person.id, name: s.person.name })),
    });
  }
  return { items: (await response.json()).items, units };
};

const ACCEPT = {
  holderPersonId: 'logsPackages.error.holder',
  unitId: 'logsPackages.error.holder',
} as const;
const DECLINE = { reason: 'logsPackages.error.reason' } as const;

function packageIdOf(data: FormData): string {
  const id = uuidSchema.safeParse(data.get('packageId'));
  if (!id.success) error(404, { message: 'Package not found', code: 'not_found' });
  return id.data;
}

export const actions: Actions = {
  accept: async (event) => {
    const { municipality } = event.params;
    const data = await event.request.formData();
    const packageId = packageIdOf(data);
    const form = `accept-${packageId}`;
    const [unitId = '', holderPersonId = ''] = String(data.get('holder') ?? '').split(':');
    const values = {
      holder: String(data.get('holder') ?? ''),
      level: String(data.get('level') ?? '2'),
    };
    const parsed = transferPackageAcceptSchema.safeParse({
      unitId,
      holderPersonId,
      level: Number(values.level),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, ACCEPT);
    const response = await api(event).api.v1['transfer-packages'][':packageId'].accept.$post({
      param: { packageId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: ACCEPT,
        conflict: 'logsPackages.error.gone',
        signIn: `/${municipality}`,
      });
    }
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsPackages.incoming.accepted',
    } satisfies FormResult;
  },

  decline: async (event) => {
    const { municipality } = event.params;
    const data = await event.request.formData();
    const packageId = packageIdOf(data);
    const form = `decline-${packageId}`;
    const values = { reason: String(data.get('reason') ?? '') };
    const parsed = transferPackageDeclineSchema.safeParse(values);
    if (!parsed.success) return invalid(form, values, parsed.error.issues, DECLINE);
    const response = await api(event).api.v1['transfer-packages'][':packageId'].decline.$post({
      param: { packageId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: DECLINE,
        conflict: 'logsPackages.error.gone',
        signIn: `/${municipality}`,
      });
    }
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsPackages.incoming.declined',
    } satisfies FormResult;
  },
};
