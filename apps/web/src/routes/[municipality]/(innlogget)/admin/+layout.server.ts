import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Administration is for the municipality's admins; anyone else gets the 403 page. */
export const load: LayoutServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (!me.roles.some((role) => role.role === 'municipality_admin')) {
    error(403, { message: 'Not a municipality admin', code: 'forbidden' });
  }
  return {};
};
