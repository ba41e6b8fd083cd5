import { problemSchema } from '@stafett/domain';
import type { z } from 'zod';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (for example invalid JSON)',
  401: 'Not signed in, or the session has expired',
  403: 'Signed in, but not allowed',
  404: 'Not found (also for ids of another municipality)',
  409: 'Conflict with the current state',
  422: 'Validation failed; `errors` names the fields',
};

/** OpenAPI entries for the problem+json answers a route can give. */
export function problems(...statuses: (keyof typeof DESCRIPTIONS)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
