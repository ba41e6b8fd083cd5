import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { problemErrors } from '$lib/logs/list/create.server';
import type { ArchiveResult } from './result';

type Event = Pick<RequestEvent, 'params'>;

/**
 * A refused archive action as the page shows it: 401 signs in again; a 4xx keeps the API's
 * message and field errors for the form it came from.
 */
export async function archiveRefusal(
  event: Event,
  response: Response,
  result: Omit<ArchiveResult, 'errors' | 'message'>,
) {
  if (response.status === 401) redirect(303, `/${event.params.municipality}`);
  const { detail, errors } = await problemErrors(response);
  return fail(response.status, {
    ...result,
    message: detail,
    errors: errors.map((e) => ({ field: e.field, message: e.message })),
  } satisfies ArchiveResult);
}
