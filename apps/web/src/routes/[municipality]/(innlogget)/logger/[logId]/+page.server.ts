import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import {
  attentionCreateSchema,
  attentionUpdateSchema,
  brightSpotInputSchema,
  brightSpotUpdateSchema,
  DEFAULT_ATTENTION_CATEGORIES,
  evaluationCreateSchema,
  measureChangeSchema,
  measureCreateSchema,
  measureTextSchema,
  noteInputSchema,
  noteUpdateSchema,
  uuidSchema,
  type LogView,
} from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { loadFailure, readForm } from '$lib/components/org/actions.server';
import { lifecycleOrNull } from '$lib/lifecycle/api.server';
import { loadGrantCandidates, loadGrants, meetingActions } from '$lib/logs/meetings/actions.server';
import { todayInOslo, uniqueCategories } from '$lib/logs/page/display';
import {
  attentionConflicts,
  attentionCreateInput,
  attentionUpdateInput,
  brightSpotInput,
  evaluationInput,
  measureChangeInput,
  measureCreateInput,
  measureTextInput,
  noteInput,
  textUpdateInput,
  type FormValues,
} from '$lib/logs/page/form-input';
import {
  issuesToErrors,
  type LogFieldError,
  type LogForm,
  type LogFormResult,
} from '$lib/logs/page/result';
import type { Actions, PageServerLoad } from './$types';

type Event = RequestEvent<{ municipality: string; logId: string }>;
type Client = ReturnType<typeof api>;

async function readLog(client: Client, logId: string, signIn: string): Promise<LogView> {
  const response = await client.api.v1.logs[':logId'].$get({ param: { logId } });
  if (!response.ok) loadFailure(response, `Log ${logId}`, signIn);
  return response.json();
}

/**
 * The log page: everything the person may read of one log (the API filters, C8), the holder's
 * actor candidates for the measure form, and who has read the log (the family and the holder).
 */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { municipality, logId } = event.params;
  const signIn = `/${municipality}`;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  const client = api(event);
  const log = await readLog(client, logId, signIn);
  const { role, writeLog } = log.permissions;
  const readsVisible = role === 'holder' || role === 'guardian' || role === 'youth';

  const [candidates, reads, settings, grants, holders, grantCandidates] = await Promise.all([
    writeLog
      ? client.api.v1.logs[':logId']['actor-candidates']
          .$get({ param: { logId } })
          .then(async (r) => (r.ok ? (await r.json()).items : []))
      : Promise.resolve([]),
    readsVisible
      ? client.api.v1.logs[':logId'].reads
          .$get({ param: { logId } })
          .then(async (r) => (r.ok ? (await r.json()).items : null))
      : Promise.resolve(null),
    // The municipality's categories and default periods, for the holder's forms (T2).
    writeLog
      ? client.api.v1.municipality['log-settings']
          .$get()
          .then(async (r) => (r.ok ? r.json() : null))
      : Promise.resolve(null),
    // Read grants (C8): the holder and the family see them.
    loadGrants(event, log),
    // The history of holders (issue 6): the family sees who has held the log.
    readsVisible
      ? client.api.v1.logs[':logId'].transfers
          .$get({ param: { logId } })
          .then(async (r) => (r.ok ? (await r.json()).items : null))
      : Promise.resolve(null),
    // Who may be given read access, leaders included for mentor grants (C8).
    loadGrantCandidates(event, log),
  ]);

  // Closed when and why, and the holder's and the family's lifecycle links (L6, L7).
  const lifecycle = await lifecycleOrNull(event, logId);
  const now = new Date();
  return {
    log,
    candidates,
    reads,
    now: now.toISOString(),
    today: todayInOslo(now),
    // Should the settings not come, the guide's defaults; a refusal names the real list.
    categories: uniqueCategories(settings?.attentionCategories ?? DEFAULT_ATTENTION_CATEGORIES),
    periods: settings?.evaluationPeriodDays ?? null,
    grants,
    grantCandidates,
    holders,
    lifecycle,
  };
};

// ---- helpers of the actions --------------------------------------------------------------

interface Sent {
  form: LogForm;
  target: string;
  values: FormValues;
}

function refused(sent: Sent, errors: LogFieldError[]): ActionFailure<LogFormResult> {
  return fail(422, { ...sent, errors });
}

const done = (sent: Sent): LogFormResult => ({ ...sent, values: {}, errors: [], saved: true });

async function problemOf(response: Response): Promise<{ detail: string; errors: LogFieldError[] }> {
  const body = (await response.json().catch(() => ({}))) as {
    detail?: unknown;
    errors?: { field?: unknown; message?: unknown }[];
  };
  const errors: LogFieldError[] = [];
  for (const e of Array.isArray(body.errors) ? body.errors : []) {
    if (typeof e.field === 'string' && typeof e.message === 'string') {
      // "data.text" / "text": the form's field is the last part that is a name.
      errors.push({ field: e.field.split('.')[0] ?? '', message: e.message });
    }
  }
  return { detail: typeof body.detail === 'string' ? body.detail : '', errors };
}

/**
 * An API answer that is not 2xx: 422/400 by field, 409 as the rule's message (or, through
 * `onStale`, as a conflict with what is saved now), 401 to sign-in, 403/404 as error pages.
 */
async function failure(
  event: Event,
  response: Response,
  sent: Sent,
  onStale?: () => Promise<Partial<LogFormResult> | null>,
): Promise<ActionFailure<LogFormResult>> {
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

/** The thing's id from a hidden field; a forged one is "not found". */
function idFrom(values: FormValues, key: string): string {
  const parsed = uuidSchema.safeParse(values[key]);
  if (!parsed.success) error(404, { message: `${key} not found`, code: 'not_found' });
  return parsed.data;
}

async function current(event: Event): Promise<LogView | null> {
  const response = await api(event).api.v1.logs[':logId'].$get({
    param: { logId: event.params.logId },
  });
  return response.ok ? response.json() : null;
}

/** After a 409 on a text: the saved text and version, if someone else changed it. */
function textConflict(
  sentVersion: unknown,
  saved: { text: string; version: number } | undefined,
): Partial<LogFormResult> | null {
  if (!saved || saved.version === sentVersion) return null;
  return { conflict: { text: saved.text }, version: saved.version };
}

const measuresOf = (log: LogView | null) => log?.attentions.flatMap((a) => a.measures) ?? [];

// ---- the actions ---------------------------------------------------------------------------

export const actions: Actions = {
  // Meetings (C6) and read grants (C8): createMeeting, updateMeeting, cancelMeeting,
  // holdMeeting, createGrant, revokeGrant.
  ...meetingActions,

  addAttention: async (event) => {
    const values = await readForm(event.request);
    const sent: Sent = { form: 'addAttention', target: '', values };
    const parsed = attentionCreateSchema.safeParse(attentionCreateInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].attentions.$post({
      param: { logId: event.params.logId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  editAttention: async (event) => {
    const values = await readForm(event.request);
    const attentionId = idFrom(values, 'attentionId');
    const sent: Sent = { form: 'editAttention', target: attentionId, values };
    const input = attentionUpdateInput(values);
    const parsed = attentionUpdateSchema.safeParse(input);
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].attentions[':attentionId'].$patch({
      param: { logId: event.params.logId, attentionId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, async () => {
        const saved = (await current(event))?.attentions.find((a) => a.id === attentionId);
        if (!saved || saved.version === parsed.data.version) return null;
        return { conflict: attentionConflicts(parsed.data, saved), version: saved.version };
      });
    }
    return done(sent);
  },

  addMeasure: async (event) => {
    const values = await readForm(event.request);
    const attentionId = idFrom(values, 'attentionId');
    const sent: Sent = { form: 'addMeasure', target: attentionId, values };
    const parsed = measureCreateSchema.safeParse(measureCreateInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].attentions[
      ':attentionId'
    ].measures.$post({
      param: { logId: event.params.logId, attentionId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  correctMeasure: async (event) => {
    const values = await readForm(event.request);
    const measureId = idFrom(values, 'measureId');
    const sent: Sent = { form: 'correctMeasure', target: measureId, values };
    const parsed = measureTextSchema.safeParse(measureTextInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].measures[':measureId'].text.$patch({
      param: { logId: event.params.logId, measureId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, async () =>
        textConflict(
          parsed.data.version,
          measuresOf(await current(event)).find((m) => m.id === measureId),
        ),
      );
    }
    return done(sent);
  },

  changeMeasure: async (event) => {
    const values = await readForm(event.request);
    const measureId = idFrom(values, 'measureId');
    const sent: Sent = {
      form: 'changeMeasure',
      target: `${measureId}:${values.kind ?? ''}`,
      values,
    };
    const parsed = measureChangeSchema.safeParse(measureChangeInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].measures[':measureId'].changes.$post({
      param: { logId: event.params.logId, measureId },
      json: parsed.data,
    });
    if (!response.ok) {
      // No text to compare: the page reloads, the message says what happened.
      return failure(event, response, sent, async () => {
        const saved = measuresOf(await current(event)).find((m) => m.id === measureId);
        if (!saved || saved.version === parsed.data.version) return null;
        return { version: saved.version };
      });
    }
    return done(sent);
  },

  evaluate: async (event) => {
    const values = await readForm(event.request);
    const measureId = idFrom(values, 'measureId');
    const sent: Sent = { form: 'evaluate', target: measureId, values };
    const parsed = evaluationCreateSchema.safeParse(evaluationInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].measures[':measureId'].evaluation.$post(
      {
        param: { logId: event.params.logId, measureId },
        json: parsed.data,
      },
    );
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  addBrightSpot: async (event) => {
    const values = await readForm(event.request);
    const sent: Sent = { form: 'addBrightSpot', target: '', values };
    const parsed = brightSpotInputSchema.safeParse(brightSpotInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId']['bright-spots'].$post({
      param: { logId: event.params.logId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  editBrightSpot: async (event) => {
    const values = await readForm(event.request);
    const itemId = idFrom(values, 'itemId');
    const sent: Sent = { form: 'editBrightSpot', target: itemId, values };
    const parsed = brightSpotUpdateSchema.safeParse(textUpdateInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId']['bright-spots'][':itemId'].$patch({
      param: { logId: event.params.logId, itemId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, async () =>
        textConflict(
          parsed.data.version,
          (await current(event))?.brightSpots.find((b) => b.id === itemId),
        ),
      );
    }
    return done(sent);
  },

  addNote: async (event) => {
    const values = await readForm(event.request);
    const sent: Sent = {
      form: 'addNote',
      target: values.kind === 'log' ? (values.attentionId ?? '') : 'private',
      values,
    };
    const parsed = noteInputSchema.safeParse(noteInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].notes.$post({
      param: { logId: event.params.logId },
      json: parsed.data,
    });
    if (!response.ok) return failure(event, response, sent);
    return done(sent);
  },

  editNote: async (event) => {
    const values = await readForm(event.request);
    const itemId = idFrom(values, 'itemId');
    const sent: Sent = { form: 'editNote', target: itemId, values };
    const parsed = noteUpdateSchema.safeParse(textUpdateInput(values));
    if (!parsed.success) return refused(sent, issuesToErrors(parsed.error.issues));
    const response = await api(event).api.v1.logs[':logId'].notes[':itemId'].$patch({
      param: { logId: event.params.logId, itemId },
      json: parsed.data,
    });
    if (!response.ok) {
      return failure(event, response, sent, async () =>
        textConflict(
          parsed.data.version,
          (await current(event))?.notes.find((n) => n.id === itemId),
        ),
      );
    }
    return done(sent);
  },

  attach: async (event) => {
    const data = await event.request.formData();
    const itemId = uuidSchema.safeParse(data.get('itemId'));
    if (!itemId.success) error(404, { message: 'Note not found', code: 'not_found' });
    const sent: Sent = { form: 'attach', target: itemId.data, values: {} };
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return refused(sent, [{ field: 'file', message: 'Velg en fil (PDF, JPEG eller PNG).' }]);
    }
    const response = await api(event).api.v1.logs[':logId'].notes[':itemId'].attachments.$post({
      param: { logId: event.params.logId, itemId: itemId.data },
      form: { file },
    });
    if (statusOf(response) >= 300) return failure(event, response, sent);
    return done(sent);
  },
};
