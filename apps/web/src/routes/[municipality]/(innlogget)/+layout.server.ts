import { error, redirect } from '@sveltejs/kit';
import { api, statusOf } from '$lib/api/client';
import { SESSION_COOKIE } from '$lib/session/cookie';
import type { LayoutServerLoad } from './$types';

/**
 * Pages behind sign-in. A session for another municipality counts as no session here: that
 * person is sent to this municipality's sign-in page like anyone else.
 */
export const load: LayoutServerLoad = async (event) => {
  const slug = event.params.municipality;
  const signIn = `/${slug}`;
  // Runs again on every navigation (it reads the path), so the session state stays current.
  void event.url.pathname;
  if (!event.cookies.get(SESSION_COOKIE)) redirect(303, signIn);

  const client = api(event);
  const meResponse = await client.api.v1.me.$get();
  if (statusOf(meResponse) === 401) redirect(303, signIn);
  if (!meResponse.ok)
    error(502, { message: `/me answered ${statusOf(meResponse)}`, code: 'unexpected' });
  const me = await meResponse.json();
  if (me.municipality.slug !== slug) redirect(303, signIn);

  // Asked after /me, which counted as activity, so the idle deadline is the fresh one.
  const sessionResponse = await client.api.v1.session.$get();
  if (statusOf(sessionResponse) === 401) redirect(303, signIn);
  if (!sessionResponse.ok) {
    error(502, { message: `/session answered ${statusOf(sessionResponse)}`, code: 'unexpected' });
  }
  const session = await sessionResponse.json();

  return { me, session };
};
