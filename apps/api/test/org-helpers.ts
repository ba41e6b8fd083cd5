import { expect } from 'vitest';
import { problemSchema, type Problem } from '@stafett/domain';
import { PUBLIC_ORIGIN, type Person } from './harness';

/** Calls the API as the web app does: with its origin, and JSON when there is a body. */
export async function send(
  who: Person,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return who.call(`/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

export async function ok<T = unknown>(res: Response, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

export async function problem(res: Response, status: number): Promise<Problem> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return problemSchema.parse(JSON.parse(text));
}
