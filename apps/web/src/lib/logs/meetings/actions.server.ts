import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import {
  evaluationCreateSchema,
  grantCreateSchema,
  meetingCancelSchema,
  meetingCreateSchema,
  meetingHeldSchema,
  meetingUpdateSchema,
  uuidSchema,
  type GrantCandidate,
  type GrantView,
  type LogView,
} from '@stafett/domain';
import { api } from '$lib/api/client';
import { readForm } from '$lib/components/org/actions.server';
import { evaluationInput } from '$lib/logs/page/form-input';
import { issuesToErrors, type LogFieldError } from '$lib/logs/page/result';
import {
  grantInput,
  meetingCancelInput,
  meetingHeldInput,
  meetingInput,
  meetingUpdateInput,
  type FormValues,
} from './form-input';
import { formField } from './result';

/**
 * The log page's meeting (C6) and read grant (C8) actions, and meeting mode's evaluation (C7),
 * kept here so the page's own server file only names them. They answer like the page's other
 * actions: 422 by field, 409 as a conflict or a rule, 401 to sign-in, 403/404 as error pages.
 */
type Event = RequestEvent<{ municipality: string; logId: string }>;

interface Sent<F extends string> {
  form: F;
  target: string;
  values: FormValues;
}

interface Answer<F extends string> extends Sent<F> {
  errors: LogFieldError[];
  problem?: string;
  stale?: boolean;
  conflict?: Record<string, string>;
  version?: number;
  saved?: boolean;
}

const refused = <F extends string>(sent: Sent<F>, errors: LogFieldError[]) =>
  fail(422, { ...sent, errors } satisfies Answer<F>);

const done = <F extends string>(sent: Sent<F>): Answer<F> => ({
  ...sent,
  values: {},
  errors: [],
  saved: true,
});

const schemaErrors = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issuesToErrors(issues).map((e) => ({ ...e, field: formField(e.field) }));

async function problemOf(response: Response): Promise<{ detail: string; errors: LogFieldError[] }> {
  const body = (await response.json().catch(() => ({}))) as {
    detail?: unknown;
    errors?: { field?: unknown; message?: unknown }[];
  };
  const errors: LogFieldError[] = [];
  const seen = new Set<string>();
  for (const e of Array.isArray(body.errors) ? body.errors : []) {
    if (typeof e.field === 'string' && typeof e.message === 'string') {
      const field = formField(e.field);
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, message: e.message });
    }
  }
  return { detail: typeof body.detail === 'string' ? body.detail : '', errors };
}

async function failure<F extends string>(
  event: Event,
  response: Response,
  sent: Sent<F>,
  onStale?: () => Promise<Partial<Answer<F>> | null>,
): Promise<ActionFailure<Answer<F>>> {
  const status = response.status;
  if (status === 401) redirect(303, `/${event.params.municipality}`);
  if (status === 403) error(403, { message: `${sent.form}: forbidden`, code: 'forbidden' });
  if (status === 404) error(404, { message: `${sent.form}: not found`, code: 'not_found' });
  const { detail, errors } = await problemOf(response);
  if (status === 409) {
    const stale = onStale ? await onStale() : null;
    if (stale) return fail(409, { ...sent, errors: [], stale: true, problem: detail, ...stale });
    return fail(409, { ...sent, errors: [], problem: detail });
  }
  if (status === 400 || status === 422) {
    return fail(422, {
      ...sent,
      errors: errors.length > 0 ? errors : [{ field: '', message: detail }],
    });
  }
  error(502, { message: `${sent.form}: the API answered ${status}`, code: 'unexpected' });
}

function idFrom(values: FormValues, key: string): string {
  const parsed = uuidSchema.safeParse(values[key]);
  if (!parsed.success) error(404, { message: `${key} not found`, code: 'not_found' });
  return parsed.data;
}

async function currentMeeting(event: Event, meetingId: string) {
  const response = await api(event).api.v1.logs[':logId'].$get({
    param: { logId: event.params.logId },
  });
  if (!response.ok) return undefined;
  const log: LogView = await response.json();
  return log.meetings.find((m) => m.id === meetingId);
}

/**
 * After a 409: the version saved now, if someone else changed the meeting; and the saved agenda
 * to compare with the author's, when the agenda is what changed since the form was opened
 * (`agendaBefore`, a hidden field of the edit form).
 */
function staleMeeting(
  event: Event,
  meetingId: string,
  sentVersion: unknown,
  agendaBefore?: string,
) {
  return async () => {
    const saved = await currentMeeting(event, meetingId);
    if (!saved || saved.version === sentVersion) return null;
    return agendaBefore !== undefined && saved.agenda !== agendaBefore
      ? { version: saved.version, conflict: { agenda: saved.agenda } }
      : { version: saved.version };
  };
}

/** The holder's and the family's list of read grants (C8); null for others or on failure. */
export async function loadGrants(event: Event, log: LogView): Promise<GrantView[] | null> {
  const role = log.permissions.role;
  if (role !== 'holder' && role !== 'guardian' && role !== 'youth') return null;
  const response = await api(event).api.v1.logs[':logId'].grants.$get({
    param: { logId: log.id },
  });
  return response.ok ? (await response.json()).items : null;
}

/** Who the holder may give read access (C8); null for everyone else. */
export async function loadGrantCandidates(
  event: Event,
  log: LogView,
): Promise<GrantCandidate[] | null> {
  if (log.permissions.role !== 'holder' || log.status !== 'active') return null;
  const response = await api(event).api.v1.logs[':logId']['grant-candidates'].$get({
    param: { logId: log.id },
  });
  return response.ok ? (await response.json()).items : null;
}

export const meetingActions = {
  createMeeting: async (event: Event) => {
    const values = await readForm(event.request);
    const sent: Sent<'createMeeting'> = { form: 'createMeeting', target: '', values };
    const parsed = meetingCreateSchema.safeParse(meetingInput(values));
    if (!parsed.success) return refused(sent, schemaErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].meetings.$post({
      param: { logId: event.params.logId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  updateMeeting: async (event: Event) => {
    const values = await readForm(event.request);
    const meetingId = idFrom(values, 'meetingId');
    const sent: Sent<'updateMeeting'> = { form: 'updateMeeting', target: meetingId, values };
    const parsed = meetingUpdateSchema.safeParse(meetingUpdateInput(values));
    if (!parsed.success) return refused(sent, schemaErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].meetings[':meetingId'].$patch({
      param: { logId: event.params.logId, meetingId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(
        event,
        response,
        sent,
        staleMeeting(event, meetingId, parsed.data.version, values.agendaBefore ?? ''),
      );
    }
    return done(sent);
  },

  cancelMeeting: async (event: Event) => {
    const values = await readForm(event.request);
    const meetingId = idFrom(values, 'meetingId');
    const sent: Sent<'cancelMeeting'> = { form: 'cancelMeeting', target: meetingId, values };
    const parsed = meetingCancelSchema.safeParse(meetingCancelInput(values));
    if (!parsed.success) return refused(sent, schemaErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].meetings[':meetingId'].cancel.$post({
      param: { logId: event.params.logId, meetingId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, staleMeeting(event, meetingId, parsed.data.version));
    }
    return done(sent);
  },

  holdMeeting: async (event: Event) => {
    const values = await readForm(event.request);
    const meetingId = idFrom(values, 'meetingId');
    const sent: Sent<'holdMeeting'> = { form: 'holdMeeting', target: meetingId, values };
    const parsed = meetingHeldSchema.safeParse(meetingHeldInput(values));
    if (!parsed.success) return refused(sent, schemaErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].meetings[':meetingId'].held.$post({
      param: { logId: event.params.logId, meetingId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, staleMeeting(event, meetingId, parsed.data.version));
    }
    return done(sent);
  },

  createGrant: async (event: Event) => {
    const values = await readForm(event.request);
    const sent: Sent<'createGrant'> = { form: 'createGrant', target: '', values };
    const input = grantInput(values);
    if (values.scope === 'chosen' && input.attentionIds.length === 0) {
      return refused(sent, [
        { field: 'attentionIds', message: 'Velg minst én oppmerksomhet, eller hele loggen.' },
      ]);
    }
    const parsed = grantCreateSchema.safeParse(input);
    if (!parsed.success) return refused(sent, schemaErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].grants.$post({
      param: { logId: event.params.logId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  revokeGrant: async (event: Event) => {
    const values = await readForm(event.request);
    const grantId = idFrom(values, 'grantId');
    const sent: Sent<'revokeGrant'> = { form: 'revokeGrant', target: grantId, values };
    const response = await api(event).api.v1.logs[':logId'].grants[':grantId'].revoke.$post({
      param: { logId: event.params.logId, grantId },
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },
};

/** Meeting mode's evaluation (C7): the same API as the log page's, answered as `evaluate`. */
export async function evaluateAction(event: Event) {
  const values = await readForm(event.request);
  const measureId = idFrom(values, 'measureId');
  const sent: Sent<'evaluate'> = { form: 'evaluate', target: measureId, values };
  const parsed = evaluationCreateSchema.safeParse(evaluationInput(values));
  if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
  const response = await api(event).api.v1.logs[':logId'].measures[':measureId'].evaluation.$post({
    param: { logId: event.params.logId, measureId },
    json: parsed.data,
  });
  if (!response.ok) return failure(event, response, sent);
  return done(sent);
}
