import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  earlierLogQuerySchema,
  earlierLogsSchema,
  logCreateSchema,
  type Me,
  type UnitType,
} from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { addMonths, todayInNorway } from '$lib/logs/list/consent';
import { postLogCreate, problemErrors } from '$lib/logs/list/create.server';
import {
  compactId,
  formErrors,
  initialValues,
  issuesAsErrors,
  readCreateForm,
  toLogCreate,
  withGuardianAdded,
  withGuardianRemoved,
  type CreateFormState,
  type CreateFormValues,
  type FormError,
} from '$lib/logs/list/create-form';
import type { Actions, PageServerLoad } from './$types';

/** The municipality's consent period is an admin setting; staff pages use the usual year. */
const CONSENT_VALIDITY_MONTHS = 12;

function holderUnits(me: Me) {
  return me.units.filter((u) => u.capabilities.holder);
}

/** Only people who may hold logs reach the form; everyone else gets the 403 page. */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const units = holderUnits(me).map(({ id, name, type }) => ({ id, name, type }));
  if (units.length === 0) {
    error(403, { message: 'Only holders create logs', code: 'forbidden' });
  }
  const today = todayInNorway();
  const only = units.length === 1 ? units[0] : undefined;
  return {
    units,
    validityMonths: CONSENT_VALIDITY_MONTHS,
    initial: initialValues({
      unitId: only?.id ?? '',
      today,
      validUntil: addMonths(today, CONSENT_VALIDITY_MONTHS),
      services: only ? [only.type] : ([] as UnitType[]),
    }),
  };
};

/** The earlier check's answer as the form carried it along (display only; the API decides). */
function carriedEarlier(form: FormData): CreateFormState['earlier'] {
  const nationalId = form.get('earlier.nationalId');
  const items = form.get('earlier.items');
  if (typeof nationalId !== 'string' || typeof items !== 'string' || !nationalId) return null;
  try {
    const parsed = earlierLogsSchema.safeParse({ items: JSON.parse(items) });
    return parsed.success ? { nationalId, items: parsed.data.items } : null;
  } catch {
    return null;
  }
}

async function readState(event: RequestEvent) {
  const form = await event.request.formData();
  const values = readCreateForm(form);
  const earlier = carriedEarlier(form);
  const file = form.get('consentFile');
  const chosen = file instanceof File && file.size > 0 ? file : null;
  return { form, values, earlier, file: chosen };
}

/** The earlier answer still belongs to the child typed now, else it is dropped with its choice. */
function matchingEarlier(values: CreateFormValues, earlier: CreateFormState['earlier']) {
  return earlier && earlier.nationalId === compactId(values.child.nationalId) ? earlier : null;
}

const signInFor = (event: RequestEvent) => `/${event.params.municipality}`;

export const actions: Actions = {
  create: async (event) => {
    const { values, earlier: carried, file } = await readState(event);
    const earlier = matchingEarlier(values, carried);
    if (!earlier) values.reopensLogId = '';
    const { input, guardianRows } = toLogCreate(values);
    const state = (errors: FormError[], extra: Partial<CreateFormState> = {}): CreateFormState => ({
      values,
      errors,
      earlier: carried,
      fileLost: file !== null,
      ...extra,
    });

    const parsed = logCreateSchema.safeParse(input);
    const problems = parsed.success ? [] : issuesAsErrors(parsed.error.issues);
    if (!file) {
      problems.push({
        field: 'consentFile',
        message: 'Last opp det signerte samtykket (PDF, JPEG eller PNG, høyst 10 MB).',
      });
    }
    if (!parsed.success || !file) return fail(422, state(formErrors(problems, guardianRows)));

    const response = await postLogCreate(event, parsed.data, file);
    const status = response.status;
    if (status === 201) {
      const created = (await response.json()) as { id: string };
      redirect(303, `/${event.params.municipality}/logger/${created.id}`);
    }
    if (status === 401) redirect(303, signInFor(event));
    if (status === 409) return fail(409, state([], { conflict: true }));
    if (status === 403 || status === 404) {
      // Not a holder in the chosen unit (any more), or the unit is gone: choose another.
      const message =
        'Du kan ikke opprette stafettlogger i denne enheten. Velg en enhet der du er stafettholder.';
      return fail(422, state(formErrors([{ field: 'unitId', message }], guardianRows)));
    }
    const problem = await problemErrors(response);
    const errors = problem.errors.length
      ? problem.errors
      : [{ field: '', message: problem.detail || 'Noe i skjemaet må rettes.' }];
    return fail(422, state(formErrors(errors, guardianRows)));
  },

  /** L4: has the child had a log in the municipality? Metadata only. */
  earlier: async (event) => {
    const { values, file } = await readState(event);
    const nationalId = compactId(values.child.nationalId);
    const parsed = earlierLogQuerySchema.safeParse({ nationalId });
    if (!parsed.success) {
      const errors = formErrors(
        issuesAsErrors(parsed.error.issues).map((e) => ({
          field: 'child.nationalId',
          message: e.message,
        })),
        [],
      );
      return fail(422, { values, errors, fileLost: file !== null } satisfies CreateFormState);
    }
    const response = await api(event).api.v1.logs.earlier.$post({ json: parsed.data });
    const status = statusOf(response);
    if (status === 401) redirect(303, signInFor(event));
    if (status === 403)
      error(403, { message: 'Only holders check earlier logs', code: 'forbidden' });
    if (status === 400 || status === 422) {
      // The API refuses the id (a synthetic id in production, say): say it at the field.
      const { errors: problems } = await problemErrors(response);
      const message = problems[0]?.message ?? 'Sjekk alle 11 sifrene i fødselsnummeret.';
      const errors = formErrors([{ field: 'child.nationalId', message }], []);
      return fail(422, { values, errors, fileLost: file !== null } satisfies CreateFormState);
    }
    if (!response.ok) error(502, { message: `earlier answered ${status}`, code: 'unexpected' });
    const { items } = await response.json();
    values.reopensLogId = '';
    return {
      values,
      errors: [],
      earlier: { nationalId, items },
      fileLost: file !== null,
      focus: 'earlier-result',
    } satisfies CreateFormState;
  },

  /** "Legg til foresatt" without JavaScript: the same form with one more row. */
  addGuardian: async (event) => {
    const { values, earlier, file } = await readState(event);
    const next = withGuardianAdded(values);
    return {
      values: next,
      errors: [],
      earlier,
      fileLost: file !== null,
      focus: `guardians-${next.guardians.length - 1}-name`,
    } satisfies CreateFormState;
  },

  removeGuardian: async (event) => {
    const { form, values, earlier, file } = await readState(event);
    const index = Number(form.get('remove'));
    const next = Number.isInteger(index) ? withGuardianRemoved(values, index) : values;
    return {
      values: next,
      errors: [],
      earlier,
      fileLost: file !== null,
      focus: 'add-guardian',
    } satisfies CreateFormState;
  },
};
