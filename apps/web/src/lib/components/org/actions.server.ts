import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Problem } from '@stafett/domain';
import type { MessageKey } from '$lib/i18n';
import type { FieldProblem, FormResult } from './form';

/** Every form's fields as typed: text as it is, a ticked checkbox as 'on'. Files are ignored. */
export async function readForm(request: Request): Promise<Record<string, string>> {
  const data = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of data) {
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** An empty optional field is sent as null. */
export const orNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** A whole number as typed ("1 200" too); anything else is left for the schema to refuse. */
export function toCount(value: string | undefined): unknown {
  const compact = (value ?? '').replace(/[\s\u00a0]/g, '');
  if (compact === '') return undefined;
  return /^\d{1,9}$/.test(compact) ? Number(compact) : compact;
}

export const ticked = (value: string | undefined) => value === 'on' || value === 'true';

/** Field → the message shown next to it, for one form. */
export type FieldMessages = Record<string, MessageKey>;

export const PERSON_MESSAGES: FieldMessages = {
  nationalId: 'org.error.nationalId',
  name: 'org.error.personName',
  email: 'org.error.email',
  phone: 'org.error.phone',
};

export const UNIT_MESSAGES: FieldMessages = {
  name: 'org.error.unitName',
  type: 'org.error.unitType',
  childrenServed: 'org.error.childrenServed',
};

export const STAFF_MESSAGES: FieldMessages = {
  ...PERSON_MESSAGES,
  title: 'org.error.title',
};

function toProblems(fields: string[], messages: FieldMessages): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const path of fields) {
    const field = path.split('.')[0] ?? '';
    const known = field in messages ? field : '';
    if (seen.has(known)) continue;
    seen.add(known);
    problems.push({ field: known, message: messages[known] ?? 'org.error.generic' });
  }
  return problems;
}

/** A 422 from the form itself, before the API is asked. */
export function invalid(
  form: string,
  values: Record<string, string>,
  issues: readonly { path: readonly PropertyKey[] }[],
  messages: FieldMessages,
): ActionFailure<FormResult> {
  const errors = toProblems(
    issues.map((i) => i.path.map(String).join('.')),
    messages,
  );
  return fail(422, { form, values, errors });
}

export interface ApiFailureOptions {
  form: string;
  values: Record<string, string>;
  messages: FieldMessages;
  /** What a 409 means for this form; a function when it has to look closer. */
  conflict: MessageKey | (() => Promise<MessageKey>);
  /** Where to go when the session has ended. */
  signIn: string;
}

/**
 * Turns an API answer that is not 2xx into what the page shows: 422/400 as errors by field,
 * 409 as a clear message, 404 as the 404 page, 403 as the forbidden page.
 */
export async function apiFailure(
  response: Response,
  opts: ApiFailureOptions,
): Promise<ActionFailure<FormResult>> {
  const { form, values } = opts;
  const status = response.status;
  if (status === 401) redirect(303, opts.signIn);
  if (status === 403) error(403, { message: `${form}: forbidden`, code: 'forbidden' });
  if (status === 404) error(404, { message: `${form}: not found`, code: 'not_found' });
  if (status === 409) {
    const problem = typeof opts.conflict === 'function' ? await opts.conflict() : opts.conflict;
    return fail(409, { form, values, errors: [], problem });
  }
  if (status === 400 || status === 422) {
    const body = (await response.json().catch(() => ({}))) as Partial<Problem>;
    const fields = (body.errors ?? []).map((e) => e.field);
    const errors = toProblems(fields.length > 0 ? fields : [''], opts.messages);
    return fail(422, { form, values, errors });
  }
  error(502, { message: `${form}: the API answered ${status}`, code: 'unexpected' });
}

/** A load's answer from the API that is not 2xx: the matching error page. */
export function loadFailure(response: Response, what: string, signIn: string): never {
  const status = response.status;
  if (status === 401) redirect(303, signIn);
  // A malformed id, another municipality's and a deleted one all read as "not found".
  if (status === 404 || status === 422)
    error(404, { message: `${what} not found`, code: 'not_found' });
  if (status === 403) error(403, { message: `${what} forbidden`, code: 'forbidden' });
  error(502, { message: `${what} answered ${status}`, code: 'unexpected' });
}

/** The API's lists come in pages; the organisation pages show whole lists, so they read them all. */
export async function allPages<T>(
  fetchPage: (query: { cursor?: string; limit: string }) => Promise<{
    items: T[];
    nextCursor: string | null;
  }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  // A safety stop far beyond any municipality's size (50 pages of 200).
  for (let i = 0; i < 50; i++) {
    const page = await fetchPage(cursor ? { cursor, limit: '200' } : { limit: '200' });
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}
