import { redirect } from '@sveltejs/kit';
import { api } from '$lib/api/client';
import { SESSION_COOKIE } from '$lib/session/cookie';
import type { Actions } from './$types';

export const actions: Actions = {
  /**
   * "Logg ut": the API ends the session and clears its cookie, then the browser goes to
   * ID-porten to end the session there too; ID-porten returns it to the sign-in page.
   */
  logout: async (event) => {
    const slug = event.params.municipality;
    let target = `/${slug}?utlogget=1`;
    try {
      const response = await api(event).api.v1.auth.logout.$post();
      if (response.ok) {
        const { endSessionUrl } = await response.json();
        if (endSessionUrl) target = endSessionUrl;
      }
    } catch {
      // The API could not be reached: forget the cookie here at least.
    }
    event.cookies.delete(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
    redirect(303, target);
  },
};
