import {
  appointLeaderSchema,
  districtUpdateSchema,
  unitCreateSchema,
  uuidSchema,
} from '@stafett/domain';
import { api } from '$lib/api/client';
import {
  apiFailure,
  invalid,
  loadFailure,
  orNull,
  PERSON_MESSAGES,
  readForm,
  toCount,
  UNIT_MESSAGES,
} from '$lib/components/org/actions.server';
import { noticeFrom, type FormResult } from '$lib/components/org/form';
import type { Actions, PageServerLoad } from './$types';

/** One district: its name, leaders (the admin appoints them) and units (its leaders create them). */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const { municipality, districtId } = event.params;
  const response = await api(event).api.v1.districts[':districtId'].$get({
    param: { districtId },
  });
  if (!response.ok) loadFailure(response, `District ${districtId}`, `/${municipality}`);
  const district = await response.json();
  const isAdmin = me.roles.some((r) => r.role === 'municipality_admin');
  return { district, isAdmin, notice: noticeFrom(event.url) };
};

export const actions: Actions = {
  rename: async (event) => {
    const { municipality, districtId } = event.params;
    const values = await readForm(event.request);
    const form = 'rename';
    const messages = { name: 'org.error.districtName' } as const;
    const parsed = districtUpdateSchema.safeParse({
      name: values.name ?? '',
      version: Number(values.version),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, messages);
    const client = api(event);
    const response = await client.api.v1.districts[':districtId'].$patch({
      param: { districtId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages,
        signIn: `/${municipality}`,
        // A newer version means someone else changed it; the same version, that the name is taken.
        conflict: async () => {
          const now = await client.api.v1.districts[':districtId'].$get({ param: { districtId } });
          if (!now.ok) return 'org.error.stale';
          const current = await now.json();
          return current.version === parsed.data.version
            ? 'org.error.districtNameTaken'
            : 'org.error.stale';
        },
      });
    }
    const saved = await response.json();
    return {
      form,
      values: {},
      errors: [],
      notice: 'org.notice.districtRenamed',
      noticeParams: { name: saved.name },
    } satisfies FormResult;
  },

  appointLeader: async (event) => {
    const { municipality, districtId } = event.params;
    const values = await readForm(event.request);
    const form = 'appointLeader';
    const parsed = appointLeaderSchema.safeParse({
      nationalId: (values.nationalId ?? '').replace(/\s/g, ''),
      name: values.name ?? '',
      email: orNull(values.email),
      phone: orNull(values.phone),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, PERSON_MESSAGES);
    const response = await api(event).api.v1.districts[':districtId'].leaders.$post({
      param: { districtId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: PERSON_MESSAGES,
        conflict: 'org.error.alreadyDistrictLeader',
        signIn: `/${municipality}`,
      });
    }
    const appointed = await response.json();
    return {
      form,
      values: {},
      errors: [],
      notice: 'org.notice.districtLeaderAppointed',
      noticeParams: { name: appointed.person.name },
    } satisfies FormResult;
  },

  removeLeader: async (event) => {
    const { municipality, districtId } = event.params;
    const values = await readForm(event.request);
    const form = 'removeLeader';
    const personId = uuidSchema.safeParse(values.personId);
    if (!personId.success) return invalid(form, values, personId.error.issues, {});
    const response = await api(event).api.v1.districts[':districtId'].leaders[':personId'].$delete({
      param: { districtId, personId: personId.data },
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
    return {
      form,
      values: {},
      errors: [],
      notice: 'org.notice.leaderRemoved',
      noticeParams: { name: values.personName ?? '' },
    } satisfies FormResult;
  },

  createUnit: async (event) => {
    const { municipality, districtId } = event.params;
    const values = await readForm(event.request);
    const form = 'createUnit';
    const parsed = unitCreateSchema.safeParse({
      name: values.name ?? '',
      type: values.type ?? '',
      childrenServed: toCount(values.childrenServed),
    });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, UNIT_MESSAGES);
    const response = await api(event).api.v1.districts[':districtId'].units.$post({
      param: { districtId },
      json: parsed.data,
    });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages: UNIT_MESSAGES,
        conflict: 'org.error.unitNameTaken',
        signIn: `/${municipality}`,
      });
    }
    const created = await response.json();
    return {
      form,
      values: {},
      errors: [],
      notice: 'org.notice.unitCreated',
      noticeParams: { name: created.name },
    } satisfies FormResult;
  },
};
