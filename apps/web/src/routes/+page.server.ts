import { api } from '$lib/api/client';
import type { PageServerLoad } from './$types';

/** "Velg kommune": every municipality on the platform. */
export const load: PageServerLoad = async (event) => {
  const response = await api(event).api.v1.municipalities.$get();
  const { items } = await response.json();
  const collator = new Intl.Collator('nb');
  return {
    municipalities: [...items].sort((a, b) => collator.compare(a.name, b.name)),
    signInFailed: event.url.searchParams.has('feil'),
  };
};
