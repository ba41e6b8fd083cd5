import { redirect } from '@sveltejs/kit';
import { api } from '$lib/api/client';
import { SESSION_COOKIE } from '$lib/session/cookie';
import type { PageServerLoad } from './$types';

export type SignInNotice =
  'failed' | 'cancelled' | 'loggedOut' | 'expiredIdle' | 'expiredAbsolute' | null;

function noticeFrom(params: URLSearchParams): SignInNotice {
  const feil = params.get('feil');
  if (feil === 'avbrutt') return 'cancelled';
  if (feil) return 'failed';
  const utlopt = params.get('utlopt');
  if (utlopt === 'maks') return 'expiredAbsolute';
  if (utlopt) return 'expiredIdle';
  if (params.has('utlogget')) return 'loggedOut';
  return null;
}

/** The municipality's own sign-in page; someone already signed in here goes straight home. */
export const load: PageServerLoad = async (event) => {
  const slug = event.params.municipality;
  if (event.cookies.get(SESSION_COOKIE)) {
    // GET /session does not count as activity, so looking does not keep a session alive.
    const response = await api(event).api.v1.session.$get();
    if (response.ok) {
      const session = await response.json();
      if (session.municipality.slug === slug) redirect(303, `/${slug}/hjem`);
    }
  }
  return { notice: noticeFrom(event.url.searchParams) };
};
