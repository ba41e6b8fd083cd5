import { error, type RequestEvent } from '@sveltejs/kit';
import { apiUrl, relaySetCookies } from '$lib/api/client';

type ApiEvent = Pick<RequestEvent, 'request' | 'url' | 'cookies' | 'getClientAddress'>;

/**
 * POST /api/v1/logs as multipart/form-data: `data` is the LogCreate JSON, `consentFile` the
 * scanned consent. The typed client does not build multipart bodies with a file well, so this
 * sends the same headers as `api(event)` (the person's cookie, the web's origin for the CSRF
 * check, the client's address) and relays Set-Cookie the same way.
 */
export async function postLogCreate(event: ApiEvent, data: unknown, file: File): Promise<Response> {
  const headers: Record<string, string> = { origin: event.url.origin };
  const cookie = event.request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  try {
    headers['x-forwarded-for'] = event.getClientAddress();
  } catch {
    // Not available; the API does without.
  }
  const body = new FormData();
  body.set('data', JSON.stringify(data));
  body.set('consentFile', file, file.name || 'samtykke');

  let response: Response;
  try {
    response = await fetch(`${apiUrl()}/api/v1/logs`, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
    });
  } catch {
    error(503, { message: 'The API is not reachable', code: 'unavailable' });
  }
  relaySetCookies(event.cookies, response);
  if (response.status === 503)
    error(503, { message: 'The API is unavailable', code: 'unavailable' });
  if (response.status >= 500) {
    error(502, { message: `The API answered ${response.status}`, code: 'unexpected' });
  }
  return response;
}

/** The field errors of a problem+json answer; none when the body is not one. */
export async function problemErrors(
  response: Response,
): Promise<{ detail: string; errors: { field: string; message: string }[] }> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // No JSON body.
  }
  const problem = (body ?? {}) as { detail?: unknown; errors?: unknown };
  const errors = Array.isArray(problem.errors)
    ? problem.errors.flatMap((e: unknown) => {
        const item = (e ?? {}) as { field?: unknown; message?: unknown };
        return typeof item.field === 'string' && typeof item.message === 'string'
          ? [{ field: item.field, message: item.message }]
          : [];
      })
    : [];
  return { detail: typeof problem.detail === 'string' ? problem.detail : '', errors };
}
