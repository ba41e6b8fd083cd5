import type { Handle, HandleServerError } from '@sveltejs/kit';
import { LANG_COOKIE, resolveLang } from '$lib/i18n';
import { isApiPath, proxyToApi } from '$lib/server/proxy';

export const handle: Handle = async ({ event, resolve }) => {
  if (isApiPath(event.url.pathname)) return proxyToApi(event);

  // A municipality's layout may change this to its written standard before the page renders.
  event.locals.lang = resolveLang(event.cookies.get(LANG_COOKIE));

  const response = await resolve(event, {
    // Read when the page renders, after the loads have run.
    transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang),
  });
  try {
    response.headers.set('x-content-type-options', 'nosniff');
    response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
    response.headers.set('x-frame-options', 'DENY');
  } catch {
    // A response with immutable headers (e.g. one passed through from fetch): leave it.
  }
  return response;
};

/** Unexpected errors are logged here; the person sees a friendly page, never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status !== 404) {
    console.error(
      `[web] ${event.request.method} ${event.url.pathname}: ${status} ${message}`,
      error,
    );
  }
  return { message, code: status === 404 ? 'not_found' : 'unexpected' };
};
