import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { api, statusOf } from '$lib/api/client';
import { SESSION_COOKIE } from '$lib/session/cookie';

/**
 * The signed-in layout's checks, for meeting mode: it resets the layout (no navigation, C7), so
 * the `(innlogget)` layout's load does not run for it. The same rules: no session, or a session
 * for another municipality, goes to this municipality's sign-in page; `/session` is read after
 * `/me` so the idle deadline is the fresh one (for the idle warning).
 */
export async function requireSignedIn(event: RequestEvent<{ municipality: string }>) {
  const slug = event.params.municipality;
  const signIn = `/${slug}`;
  void event.url.pathname;
  if (!event.cookies.get(SESSION_COOKIE)) redirect(303, signIn);

  const client = api(event);
  const meResponse = await client.api.v1.me.$get();
  if (statusOf(meResponse) === 401) redirect(303, signIn);
  if (!meResponse.ok) {
    error(502, { message: `/me answered ${statusOf(meResponse)}`, code: 'unexpected' });
  }
  const me = await meResponse.json();
  if (me.municipality.slug !== slug) redirect(303, signIn);

  const sessionResponse = await client.api.v1.session.$get();
  if (statusOf(sessionResponse) === 401) redirect(303, signIn);
  if (!sessionResponse.ok) {
    error(502, { message: `/session answered ${statusOf(sessionResponse)}`, code: 'unexpected' });
  }
  const session = await sessionResponse.json();
  return { me, session };
}
