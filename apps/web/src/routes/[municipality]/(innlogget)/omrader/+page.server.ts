import { redirect } from '@sveltejs/kit';
import { districtCreateSchema } from '@stafett/domain';
import { api } from '$lib/api/client';
import {
  allPages,
  apiFailure,
  invalid,
  loadFailure,
  readForm,
} from '$lib/components/org/actions.server';
import type { Actions, PageServerLoad } from './$types';

/** Districts: the municipality admin sees and creates all; a district leader sees their own. */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const signIn = `/${event.params.municipality}`;
  const client = api(event);
  const items = await allPages(async (query) => {
    const response = await client.api.v1.districts.$get({ query });
    if (!response.ok) loadFailure(response, 'Districts', signIn);
    return response.json();
  });
  const isAdmin = me.roles.some((r) => r.role === 'municipality_admin');
  return { districts: items, isAdmin };
};

export const actions: Actions = {
  create: async (event) => {
    const slug = event.params.municipality;
    const values = await readForm(event.request);
    const form = 'createDistrict';
    const messages = { name: 'org.error.districtName' } as const;
    const parsed = districtCreateSchema.safeParse({ name: values.name ?? '' });
    if (!parsed.success) return invalid(form, values, parsed.error.issues, messages);

    const response = await api(event).api.v1.districts.$post({ json: parsed.data });
    if (!response.ok) {
      return apiFailure(response, {
        form,
        values,
        messages,
        conflict: 'org.error.districtNameTaken',
        signIn: `/${slug}`,
      });
    }
    const created = await response.json();
    redirect(303, `/${slug}/omrader/${created.id}?melding=opprettet`);
  },
};
