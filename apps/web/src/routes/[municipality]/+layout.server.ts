import { error } from '@sveltejs/kit';
import { api, statusOf } from '$lib/api/client';
import { LANG_COOKIE, resolveLang } from '$lib/i18n';
import { accentStyle } from '$lib/theme/accent';
import type { LayoutServerLoad } from './$types';

/** Every page of a municipality: its name, logo and colours, and its written standard. */
export const load: LayoutServerLoad = async (event) => {
  const slug = event.params.municipality;
  const response = await api(event).api.v1.municipalities[':slug'].$get({ param: { slug } });
  const status = statusOf(response);
  if (status === 404 || status === 422) {
    error(404, { message: `Unknown municipality ${slug}`, code: 'municipality_not_found', slug });
  }
  if (!response.ok) error(502, { message: `Branding answered ${status}`, code: 'unexpected' });
  const branding = await response.json();

  const lang = resolveLang(event.cookies.get(LANG_COOKIE), branding.writtenStandard);
  event.locals.lang = lang;

  return {
    lang,
    municipality: { ...branding, themeStyle: accentStyle(branding.branding.accentColor) },
  };
};
