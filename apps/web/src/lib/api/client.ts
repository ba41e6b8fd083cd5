import { env } from '$env/dynamic/private';
import type { AppType } from '@stafett/api';
import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { hc } from 'hono/client';
import { parseSetCookie } from './set-cookie';

/** Where the API listens; in production a load balancer sends /api/* there as well. */
export function apiUrl(): string {
  return env.API_URL || 'http://127.0.0.1:3001';
}

type ApiEvent = Pick<RequestEvent, 'request' | 'url' | 'cookies' | 'getClientAddress'>;

/** Repeats the API's Set-Cookie headers to the browser (a cleared or renewed session cookie). */
export function relaySetCookies(cookies: Cookies, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const cookie = parseSetCookie(header);
    if (!cookie) continue;
    // The value is already encoded as the API sent it.
    cookies.set(cookie.name, cookie.value, { ...cookie.options, encode: (v) => v });
  }
}

/**
 * The typed API client for server-side loads and actions, acting for the person whose request
 * this is: it sends their cookie, and the web's own origin, which the API's CSRF check requires
 * for POSTs (SvelteKit has already checked the browser's origin for form actions). Set-Cookie
 * from the API reaches the browser. When the API cannot be reached or fails, the page shows
 * a friendly error instead of the API's answer.
 */
export function api(event: ApiEvent) {
  const headers: Record<string, string> = { origin: event.url.origin };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  try {
    headers['x-forwarded-for'] = event.getClientAddress();
  } catch {
    // Not available (e.g. during prerendering); the API does without.
  }

  const relayingFetch: typeof fetch = async (input, init) => {
    let response: Response;
    try {
      response = await fetch(input, { ...init, redirect: 'manual' });
    } catch {
      error(503, { message: 'The API is not reachable', code: 'unavailable' });
    }
    relaySetCookies(event.cookies, response);
    if (response.status === 503) {
      error(503, { message: 'The API is unavailable', code: 'unavailable' });
    }
    if (response.status >= 500) {
      error(502, { message: `The API answered ${response.status}`, code: 'unexpected' });
    }
    return response;
  };

  return hc<AppType>(apiUrl(), { headers, fetch: relayingFetch });
}

/**
 * The HTTP status as a plain number: the typed client only knows the statuses a route returns
 * itself, not the problem answers (401, 404, …) its middleware and errors produce.
 */
export function statusOf(response: { status: number }): number {
  return response.status;
}
