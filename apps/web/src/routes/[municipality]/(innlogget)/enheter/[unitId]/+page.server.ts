import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  type Problem,
  appointLeaderSchema,
  staffCreateSchema,
  staffUpdateSchema,
  unitUpdateSchema,
  uuidSchema,
  versionOnlySchema,
} from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import {
  allPages,
  apiFailure,
  invalid,
  loadFailure,
  orNull,
  PERSON_MESSAGES,
  readForm,
  STAFF_MESSAGES,
  ticked,
  toCount,
  UNIT_MESSAGES,
} from '$lib/components/org/actions.server';
import { noticeFrom, type FormResult } from '$lib/components/org/form';
import type { Actions, PageServerLoad } from './$types';

type Client = ReturnType<typeof api>;

/** The unit as its district leader manages it: with its version and leaders. */
async function findOrgUnit(client: Client, districtId: string, unitId: string, signIn: string) {
  const items = await allPages(async (query) => {
    const response = await client.api.v1.units.$get({ query: { ...query, districtId } });
    if (!response.ok) loadFailure(response, `Units of ${districtId}`, signIn);
    return response.json();
  });
  const unit = items.find((u) => u.id === unitId);
  if (!unit) error(404, { message: `Unit ${unitId} not found`, code: 'unit_not_found' });
  return unit;
}

/**
 * Everyone on the staff of the municipality sees a unit's facts. The district's leader and the
 * municipality admin also edit it and appoint its leaders; the unit's own leader manages its staff.
 */
export const load: PageServerLoad = async (event) => {
  // The layout first checks that the session belongs to this municipality.
  const { me } = await event.parent();
  const { municipality, unitId } = event.params;
  const signIn = `/${municipality}`;
  const client = api(event);
  const response = await client.api.v1.units[':unitId'].$get({ param: { unitId } });
  const status = statusOf(response);
  if (status === 401) redirect(303, signIn);
  // A malformed id, another municipality's unit and a deleted one all read as "not found".
  if (status === 404 || status === 422) {
    error(404, { message: `Unit ${unitId} not found`, code: 'unit_not_found' });
  }
  if (status === 403) error(403, { message: `Unit ${unitId} forbidden`, code: 'forbidden' });
  if (!response.ok) error(502, { message: `Unit answered ${status}`, code: 'unexpected' });
  const unit = await response.json();

  const isAdmin = me.roles.some((r) => r.role === 'municipality_admin');
  const leadsDistrict = me.roles.some(
    (r) => r.role === 'district_leader' && r.district.id === unit.district.id,
  );
  const leadsUnit = me.roles.some((r) => r.role === 'unit_leader' && r.unit.id === unit.id);
  const canManage = isAdmin || leadsDistrict;

  const [orgUnit, staff] = await Promise.all([
    canManage ? findOrgUnit(client, unit.district.id, unit.id, signIn) : null,
    leadsUnit
      ? allPages(async (query) => {
          const r = await client.api.v1.units[':unitId'].staff.$get({ param: { unitId }, query });
          if (!r.ok) loadFailure(r, `Staff of ${unitId}`, signIn);
          return r.json();
        })
      : null,
  ]);

  // T6: the logs of the person whose deactivation is being confirmed, to hand over first.
  const confirming = event.url.searchParams.get('deaktiver');
  let handover = null;
  if (leadsUnit && confirming && uuidSchema.safeParse(confirming).success) {
    const r = await client.api.v1.units[':unitId'].staff[':membershipId'].logs.$get({
      param: { unitId, membershipId: confirming },
    });
    handover = r.ok ? await r.json() : null;
  }

  return {
    unit,
    orgUnit,
    staff,
    handover,
    canManage,
    editing: event.url.searchParams.get('endre'),
    confirming,
    notice: noticeFrom(event.url),
  };
};

const done = (form: string, notice: FormResult['notice'], name?: string): FormResult => ({
  form,
  values: {},
  errors: [],
  notice,
  noticeParams: name === undefined ? undefined : { name },
});

function backToStaff(event: RequestEvent, notice: string): never {
  redirect(303, `${event.url.pathname}?melding=${notice}#ansatte`);
}

export const actions: Actions = {
  updateUnit: async (event) => {
    const { municipality, unitId } = event.params;
    const values = await readForm(event.request);
    const form = 'updateUnit';
    const parsed = unitUpdateSchema.safeParse({
      name: values.name ?? '',
      type: values.type ?? '',
      childrenServed: toCount(values.childrenServed),
      version: Number(values.version),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, UNIT_MESSAGES);
    const client = api(event);
    const response = await client.api.v1.units[':unitId'].$patch({
      param: { unitId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: UNIT_MESSAGES,
        signIn: `/${municipality}`,
        // A newer version means someone else changed it; the same version, that the name is taken.
        conflict: async () => {
          const now = await client.api.v1.units[':unitId'].$get({ param: { unitId } });
          if (!now.ok) return 'org.error.stale';
          const districtId = (await now.json()).district.id;
          const current = await findOrgUnit(client, districtId, unitId, `/${municipality}`);
          return current?.version === parsed.data.version
            ? 'org.error.unitNameTaken'
            : 'org.error.stale';
        },
      });
    }
    return done(form, 'org.notice.saved');
  },

  appointLeader: async (event) => {
    const { municipality, unitId } = event.params;
    const values = await readForm(event.request);
    const form = 'appointLeader';
    const parsed = appointLeaderSchema.safeParse({
      nationalId: (values.nationalId ?? '').replace(/\s/g, ''),
      name: values.name ?? '',
      email: orNull(values.email),
      phone: orNull(values.phone),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, PERSON_MESSAGES);
    const response = await api(event).api.v1.units[':unitId'].leaders.$post({
      param: { unitId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: PERSON_MESSAGES,
        conflict: 'org.error.alreadyUnitLeader',
        signIn: `/${municipality}`,
      });
    }
    const appointed = await response.json();
    return done(form, 'org.notice.unitLeaderAppointed', appointed.person.name);
  },

  removeLeader: async (event) => {
    const { municipality, unitId } = event.params;
    const values = await readForm(event.request);
    const form = 'removeLeader';
    const personId = uuidSchema.safeParse(values.personId);
    if (!personId.success) return invalid(form, values, personId.error.issues, {});
    const response = await api(event).api.v1.units[':unitId'].leaders[':personId'].$delete({
      param: { unitId, personId: personId.data },
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: {},
        conflict: 'org.error.stale',
        signIn: `/${municipality}`,
      });
    }
    return done(form, 'org.notice.leaderRemoved', values.personName ?? '');
  },

  addStaff: async (event) => {
    const { municipality, unitId } = event.params;
    const values = await readForm(event.request);
    const form = 'addStaff';
    const parsed = staffCreateSchema.safeParse({
      nationalId: (values.nationalId ?? '').replace(/\s/g, ''),
      name: values.name ?? '',
      email: orNull(values.email),
      phone: orNull(values.phone),
      title: orNull(values.title),
      external: ticked(values.external),
      canHold: ticked(values.canHold),
      canAct: ticked(values.canAct),
      isSuperUser: ticked(values.isSuperUser),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, STAFF_MESSAGES);
    const response = await api(event).api.v1.units[':unitId'].staff.$post({
      param: { unitId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: STAFF_MESSAGES,
        conflict: 'org.error.alreadyStaff',
        signIn: `/${municipality}`,
      });
    }
    const added = await response.json();
    return done(form, 'org.notice.staffAdded', added.person.name);
  },

  updateStaff: async (event) => {
    const { municipality, unitId } = event.params;
    const values = await readForm(event.request);
    const form = 'updateStaff';
    const membershipId = uuidSchema.safeParse(values.membershipId);
    if (!membershipId.success) error(404, { message: 'Staff not found', code: 'not_found' });
    const parsed = staffUpdateSchema.safeParse({
      title: orNull(values.title),
      canHold: ticked(values.canHold),
      canAct: ticked(values.canAct),
      isSuperUser: ticked(values.isSuperUser),
      version: Number(values.version),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, STAFF_MESSAGES);
    const response = await api(event).api.v1.units[':unitId'].staff[':membershipId'].$patch({
      param: { unitId, membershipId: membershipId.data },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: STAFF_MESSAGES,
        conflict: 'org.error.stale',
        signIn: `/${municipality}`,
      });
    }
    backToStaff(event, 'endret');
  },

  deactivate: async (event) => setActive(event, false),
  reactivate: async (event) => setActive(event, true),
};

async function setActive(
  event: RequestEvent<{ municipality: string; unitId: string }>,
  active: boolean,
) {
  const { municipality, unitId } = event.params;
  const values = await readForm(event.request);
  const form = active ? 'reactivate' : 'deactivate';
  const membershipId = uuidSchema.safeParse(values.membershipId);
  if (!membershipId.success) error(404, { message: 'Staff not found', code: 'not_found' });
  const parsed = versionOnlySchema.safeParse({ version: Number(values.version) });
  if (!parsed.success) return invalid(form, values, parsed.error.issues, {});
  const staff = api(event).api.v1.units[':unitId'].staff[':membershipId'];
  const request = { param: { unitId, membershipId: membershipId.data }, json: parsed.data };
  const response = active
    ? await staff.reactivate.$post(request)
    : await staff.deactivate.$post(request);
  // The typed client knows only the JSON answers; problem+json ones are plain numbers here.
  const status: number = response.status;
  if (status === 409 && !active) {
    // T6: the API names the logs the person still holds; the page lists them.
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    if (problem.blockers && problem.blockers.length > 0) {
      return fail(409, {
        form,
        values,
        errors: [],
        problem: 'org.staff.holdsLogs',
        blockers: problem.blockers,
      } satisfies FormResult);
    }
    return fail(409, { form, values, errors: [], problem: 'org.error.stale' } satisfies FormResult);
  }
  if (!response.ok) {
    return apiFailure(response, {
      form,
      values,
      messages: {},
      conflict: 'org.error.stale',
      signIn: `/${municipality}`,
    });
  }
  backToStaff(event, active ? 'reaktivert' : 'deaktivert');
}
