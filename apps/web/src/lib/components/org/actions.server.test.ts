import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
  allPages,
  apiFailure,
  invalid,
  orNull,
  PERSON_MESSAGES,
  STAFF_MESSAGES,
  ticked,
  toCount,
} from './actions.server';
import { noticeFrom } from './form';

const problem = (status: number, errors?: { field: string; message: string }[]) =>
  new Response(JSON.stringify({ type: 'x', title: 'x', status, detail: 'x', errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const opts = {
  form: 'addStaff',
  values: { name: 'Tiril Lærer', nationalId: '123' },
  messages: STAFF_MESSAGES,
  conflict: 'org.error.alreadyStaff' as const,
  signIn: '/oslo',
};

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

describe('form values', () => {
  it('reads whole numbers as typed, with spaces, and leaves the rest to the schema', () => {
    expect(toCount('84')).toBe(84);
    expect(toCount('1 200')).toBe(1200);
    expect(toCount('')).toBeUndefined();
    expect(toCount('mange')).toBe('mange');
    expect(toCount('-3')).toBe('-3');
  });

  it('sends empty optional fields as null and ticked checkboxes as true', () => {
    expect(orNull('  ')).toBeNull();
    expect(orNull(' Lærer ')).toBe('Lærer');
    expect(ticked('on')).toBe(true);
    expect(ticked(undefined)).toBe(false);
  });
});

describe('field errors', () => {
  it('names each failing field once, with its translated message, and keeps the values', () => {
    const failure = invalid(
      'appointLeader',
      { nationalId: '1' },
      [{ path: ['nationalId'] }, { path: ['nationalId'] }, { path: ['email'] }],
      PERSON_MESSAGES,
    );
    expect(failure.status).toBe(422);
    expect(failure.data).toEqual({
      form: 'appointLeader',
      values: { nationalId: '1' },
      errors: [
        { field: 'nationalId', message: 'org.error.nationalId' },
        { field: 'email', message: 'org.error.email' },
      ],
    });
  });

  it("maps the API's 422 by field, and unknown fields to a general message", async () => {
    const failure = await apiFailure(
      problem(422, [
        { field: 'nationalId', message: 'Fødselsnummeret er ikke gyldig.' },
        { field: 'something.else', message: '?' },
      ]),
      opts,
    );
    expect(failure.data.values).toEqual(opts.values);
    expect(failure.data.errors).toEqual([
      { field: 'nationalId', message: 'org.error.nationalId' },
      { field: '', message: 'org.error.generic' },
    ]);
  });

  it('turns 409 into the form’s own message, or the one it works out', async () => {
    expect((await apiFailure(problem(409), opts)).data.problem).toBe('org.error.alreadyStaff');
    const stale = await apiFailure(problem(409), {
      ...opts,
      conflict: async () => 'org.error.stale',
    });
    expect(stale.status).toBe(409);
    expect(stale.data.problem).toBe('org.error.stale');
  });

  it('turns 404 into the 404 page, 403 into the forbidden page and 401 into sign-in', async () => {
    const notFound = await thrown(apiFailure(problem(404), opts));
    expect(isHttpError(notFound) && notFound.status).toBe(404);
    const forbidden = await thrown(apiFailure(problem(403), opts));
    expect(isHttpError(forbidden) && forbidden.status).toBe(403);
    const signIn = await thrown(apiFailure(problem(401), opts));
    expect(isRedirect(signIn) && signIn.location).toBe('/oslo');
  });
});

describe('lists and notices', () => {
  it('reads every page of a list', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: null },
    };
    await expect(allPages(async (q) => pages[q.cursor ?? 'first']!)).resolves.toEqual([1, 2, 3]);
  });

  it('shows only known notices from the address', () => {
    expect(noticeFrom(new URL('http://x/?melding=deaktivert'))).toBe('org.notice.staffDeactivated');
    expect(noticeFrom(new URL('http://x/?melding=<script>'))).toBeUndefined();
  });
});
