import { redirect } from '@sveltejs/kit';
import { isLang, LANG_COOKIE } from '$lib/i18n';
import { safeReturnPath } from '$lib/return-path';
import type { RequestHandler } from './$types';

/** The language switcher posts here (it works without JavaScript): remember, then go back. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const lang = form.get('lang');
  if (isLang(lang)) {
    cookies.set(LANG_COOKIE, lang, {
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
    });
  }
  redirect(303, safeReturnPath(form.get('returnTo')));
};

export const GET: RequestHandler = () => redirect(303, '/');
