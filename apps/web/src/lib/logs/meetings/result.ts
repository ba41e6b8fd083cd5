import type { LogFieldError } from '$lib/logs/page/result';
import type { FormValues } from './form-input';

/** The meeting and grant forms of the log page; each action answers with its own name. */
export type MeetingForm =
  | 'createMeeting'
  | 'updateMeeting'
  | 'cancelMeeting'
  | 'holdMeeting'
  | 'createGrant'
  | 'revokeGrant';

export const MEETING_FORMS: readonly MeetingForm[] = [
  'createMeeting',
  'updateMeeting',
  'cancelMeeting',
  'holdMeeting',
  'createGrant',
  'revokeGrant',
];

/** As the log page's LogFormResult, for these forms (`target`: the meeting's or grant's id). */
export interface MeetingFormResult {
  form: MeetingForm;
  target: string;
  values: FormValues;
  errors: LogFieldError[];
  problem?: string;
  stale?: boolean;
  conflict?: Record<string, string>;
  version?: number;
  saved?: boolean;
}

/** The page's `form` when it came from one of these actions, else null. */
export function meetingResultOf(form: unknown): MeetingFormResult | null {
  if (typeof form !== 'object' || form === null) return null;
  const name = (form as { form?: unknown }).form;
  return MEETING_FORMS.includes(name as MeetingForm) ? (form as MeetingFormResult) : null;
}

export function meetingResultFor(
  result: MeetingFormResult | null | undefined,
  form: MeetingForm,
  target = '',
): MeetingFormResult | undefined {
  return result && result.form === form && result.target === target ? result : undefined;
}

export function meetingErrorOf(
  result: MeetingFormResult | undefined,
  field: string,
): string | undefined {
  return result?.errors.find((e) => e.field === field)?.message;
}

export function meetingFieldId(form: MeetingForm, target: string, field: string): string {
  return `${form}-${target || 'new'}-${field}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** What a field starts with: what was sent when this form failed, else `saved`. */
export function meetingStartValue(
  result: MeetingFormResult | undefined,
  field: string,
  saved = '',
): string {
  if (result && !result.saved) return result.values[field] ?? '';
  return saved;
}

/**
 * The API names a participant's error `participants.1.email`, an attention's `attentionIds.0`;
 * the form shows them on the participant and attention groups, and a bad time on the date.
 */
export function formField(apiField: string): string {
  const first = apiField.split('.')[0] ?? '';
  if (first === 'startsAt') return 'date';
  return first;
}
