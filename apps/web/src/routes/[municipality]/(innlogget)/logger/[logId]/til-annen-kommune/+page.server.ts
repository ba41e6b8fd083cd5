import { error } from '@sveltejs/kit';
import { transferPackageCreateSchema, uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { apiFailure, invalid, loadFailure } from '$lib/components/org/actions.server';
import type { FormResult } from '$lib/components/org/form';
import type { Actions, PageServerLoad } from './$types';

/**
 * X4: the holder (or the unit's leader) sends the log to another municipality on the platform,
 * sees what became of earlier sendings, and can take a waiting one back.
 */
export const load: PageServerLoad = async (event) => {
  const { municipality, logId } = event.params;
  const signIn = `/${municipality}`;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  const client = api(event);
  const [transfers, packages, municipalities] = await Promise.all([
    client.api.v1.logs[':logId'].transfers.$get({ param: { logId } }),
    client.api.v1.logs[':logId']['transfer-packages'].$get({ param: { logId } }),
    client.api.v1.municipalities.$get(),
  ]);
  if (!transfers.ok) loadFailure(transfers, `Transfers of ${logId}`, signIn);
  if (!packages.ok) loadFailure(packages, `Packages of ${logId}`, signIn);
  if (!municipalities.ok) loadFailure(municipalities, 'Municipalities', signIn);
  const log = await transfers.json();
  return {
    log: log.log,
    attentions: log.attentions.filter((a) => !a.ended),
    mayStart: log.mayStart,
    packages: (await packages.json()).items,
    municipalities: (await municipalities.json()).items.filter((m) => m.slug !== municipality),
  };
};

const MESSAGES = {
  toMunicipality: 'logsPackages.error.to',
  reason: 'logsPackages.error.reason',
} as const;

export const actions: Actions = {
  send: async (event) => {
    const { municipality, logId } = event.params;
    const data = await event.request.formData();
    const values = {
      toMunicipality: String(data.get('toMunicipality') ?? ''),
      reason: String(data.get('reason') ?? ''),
      attentionIds: data.getAll('attentionIds').map(String).join(','),
    };
    const form = 'send';
    const parsed = transferPackageCreateSchema.safeParse({
      toMunicipality: values.toMunicipality,
      reason: values.reason,
      attentionIds: values.attentionIds ? values.attentionIds.split(',') : [],
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, MESSAGES);
    const response = await api(event).api.v1.logs[':logId']['transfer-packages'].$post({
      param: { logId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: MESSAGES,
        conflict: 'logsPackages.error.pending',
        signIn: `/${municipality}`,
      });
    }
    return { form, values: {}, errors: [], notice: 'logsPackages.send.sent' } satisfies FormResult;
  },

  cancel: async (event) => {
    const { municipality } = event.params;
    const data = await event.request.formData();
    const packageId = uuidSchema.safeParse(data.get('packageId'));
    const form = 'cancel';
    if (!packageId.success) error(404, { message: 'Package not found', code: 'not_found' });
    const response = await api(event).api.v1['transfer-packages'][':packageId'].cancel.$post({
      param: { packageId: packageId.data },
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values: {},
        messages: {},
        conflict: 'logsPackages.error.gone',
        signIn: `/${municipality}`,
      });
    }
    return {
      form,
      values: {},
      errors: [],
      notice: 'logsPackages.send.cancelled',
    } satisfies FormResult;
  },
};
