import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { LogLifecycle } from '@stafett/domain';
import { api, apiUrl, relaySetCookies } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { problemErrors } from '$lib/logs/list/create.server';
import type { LifecycleResult } from './result';

type Event = Pick<RequestEvent, 'request' | 'url' | 'cookies' | 'getClientAddress' | 'params'>;

/** Where the log stands and what the person may do (the API decides; pages only show it). */
export async function loadLifecycle(event: Event, logId: string): Promise<LogLifecycle> {
  const response = await api(event).api.v1.logs[':logId'].lifecycle.$get({ param: { logId } });
  if (!response.ok) loadFailure(response, `Log ${logId}`, `/${event.params.municipality}`);
  return response.json();
}

/**
 * A refused action as the form shows it: 401 signs in again; a 4xx keeps what was typed with the
 * API's message and field errors (the last part of a field's path names the form's field).
 */
export async function refusal(
  event: Event,
  response: Response,
  result: Omit<LifecycleResult, 'errors' | 'message'>,
) {
  if (response.status === 401) redirect(303, `/${event.params.municipality}`);
  const { detail, errors } = await problemErrors(response);
  return fail(response.status, {
    ...result,
    message: detail,
    errors: errors.map((e) => ({ field: e.field.replace(/^data\./, ''), message: e.message })),
  });
}

/**
 * POST /api/v1/logs/{logId}/reopen as multipart/form-data, like creating a log: `data` is the
 * LogReopen JSON, `consentFile` the scanned consent; the same headers as `api(event)`.
 */
export async function postReopen(
  event: Event,
  logId: string,
  data: unknown,
  file: File,
): Promise<Response> {
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
    response = await fetch(`${apiUrl()}/api/v1/logs/${logId}/reopen`, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
    });
  } catch {
    error(503, { message: 'The API is not reachable', code: 'unavailable' });
  }
  relaySetCookies(event.cookies, response);
  if (response.status >= 500) {
    error(502, { message: `The API answered ${response.status}`, code: 'unexpected' });
  }
  return response;
}

/** For the log page: the lifecycle if the API gives it, else nothing (the page still works). */
export async function lifecycleOrNull(event: Event, logId: string): Promise<LogLifecycle | null> {
  const response = await api(event).api.v1.logs[':logId'].lifecycle.$get({ param: { logId } });
  return response.ok ? response.json() : null;
}
