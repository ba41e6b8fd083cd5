import { error, fail, redirect } from '@sveltejs/kit';
import { deletionAnswerSchema, logReopenSchema, uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { postReopen, refusal } from '$lib/lifecycle/api.server';
import { addMonths, todayInNorway } from '$lib/logs/list/consent';
import type { LifecycleResult } from '$lib/lifecycle/result';
import type { Actions, PageServerLoad } from './$types';

/** The unit leader's passive logs and deletion requests (L6, L7); the API refuses everyone else. */
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
    client.api.v1.units[':unitId'].lifecycle.$get({ param: { unitId } }),
  ]);
  if (!unitResponse.ok) loadFailure(unitResponse, `Unit ${unitId}`, signIn);
  if (!response.ok) loadFailure(response, `Lifecycle of ${unitId}`, signIn);
  const today = todayInNorway();
  return {
    unit: await unitResponse.json(),
    lifecycle: await response.json(),
    today,
    validUntil: addMonths(today, 12),
    done: event.url.searchParams.get('melding'),
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const back = (event: { params: { municipality: string; unitId: string } }, done: string) =>
  redirect(
    303,
    `/${event.params.municipality}/enheter/${event.params.unitId}/avsluttede-logger?melding=${done}`,
  );

export const actions: Actions = {
  reopen: async (event) => {
    const form = await event.request.formData();
    const id = text(form, 'logId');
    const values: Record<string, string> = {};
    for (const name of ['holderPersonId', 'consent.consentedBy', 'consent.byYouth']) {
      values[name] = text(form, name);
    }
    values['consent.consentedOn'] = text(form, 'consent.consentedOn');
    values['consent.validUntil'] = text(form, 'consent.validUntil');
    const services = form.getAll('consent.services').map(String);
    values['consent.services'] = services.join(',');
    const base = { form: 'reopen' as const, id, values };
    const parsed = logReopenSchema.safeParse({
      consent: {
        consentedBy: values['consent.consentedBy'],
        byYouth: values['consent.byYouth'] === 'on',
        consentedOn: values['consent.consentedOn'],
        validUntil: values['consent.validUntil'],
        services,
      },
      holderPersonId: values.holderPersonId || undefined,
    });
    const file = form.get('consentFile');
    const chosen = file instanceof File && file.size > 0 ? file : null;
    const errors = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    if (!chosen) {
      errors.push({
        field: 'consentFile',
        message: 'Last opp det signerte samtykket (PDF, JPEG eller PNG, høyst 10 MB).',
      });
    }
    if (!parsed.success || !chosen || !uuidSchema.safeParse(id).success) {
      return fail(422, { ...base, errors } satisfies LifecycleResult);
    }
    const response = await postReopen(event, id, parsed.data, chosen);
    if (response.ok) back(event, 'gjenapnet');
    return refusal(event, response, base);
  },
  delete: async (event) => {
    const form = await event.request.formData();
    const id = text(form, 'logId');
    const base = { form: 'delete' as const, id, values: {} };
    if (form.get('confirm') !== 'on') {
      return fail(422, {
        ...base,
        errors: [{ field: 'confirm', message: 'deleteConfirmMissing' }],
      } satisfies LifecycleResult);
    }
    if (!uuidSchema.safeParse(id).success)
      error(404, { message: 'No such log', code: 'not_found' });
    const response = await api(event).api.v1.logs[':logId'].delete.$post({ param: { logId: id } });
    if (response.ok) back(event, 'slettet');
    return refusal(event, response, base);
  },
  answer: async (event) => {
    const form = await event.request.formData();
    const id = text(form, 'requestId');
    const values = { answer: text(form, 'answer') };
    const base = { form: 'answer' as const, id, values };
    const parsed = deletionAnswerSchema.safeParse(values);
    if (!parsed.success || !uuidSchema.safeParse(id).success) {
      return fail(422, {
        ...base,
        errors: [{ field: 'answer', message: parsed.error?.issues[0]?.message ?? '' }],
      } satisfies LifecycleResult);
    }
    const response = await api(event).api.v1['deletion-requests'][':requestId'].answer.$post({
      param: { requestId: id },
      json: parsed.data,
    });
    if (response.ok) back(event, 'besvart');
    return refusal(event, response, base);
  },
};
