import { error, fail, redirect } from '@sveltejs/kit';
import { logCloseSchema, uuidSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import { loadLifecycle, refusal } from '$lib/lifecycle/api.server';
import type { LifecycleResult } from '$lib/lifecycle/result';
import type { Actions, PageServerLoad } from './$types';

/** The holder closes the log (L7): reason, individual plan, and a confirmation. */
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
    const form = await event.request.formData();
    const values = {
      reason: String(form.get('reason') ?? ''),
      individualPlan: form.get('individualPlan') === 'on' ? 'on' : '',
      confirm: form.get('confirm') === 'on' ? 'on' : '',
    };
    const base = { form: 'close' as const, values };
    if (!values.confirm) {
      return fail(422, {
        ...base,
        errors: [{ field: 'confirm', message: 'confirmMissing' }],
      } satisfies LifecycleResult);
    }
    const parsed = logCloseSchema.safeParse({
      reason: values.reason,
      individualPlan: values.individualPlan === 'on',
    });
    if (!parsed.success) {
      return fail(422, {
        ...base,
        errors: parsed.error.issues.map((i) => ({
          field: String(i.path[0] ?? ''),
          message: i.message,
        })),
      } satisfies LifecycleResult);
    }
    const response = await api(event).api.v1.logs[':logId'].close.$post({
      param: { logId },
      json: parsed.data,
    });
    if (response.ok) redirect(303, `/${municipality}/logger/${logId}`);
    return refusal(event, response, base);
  },
};
