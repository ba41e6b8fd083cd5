import type { Blocker } from '@stafett/domain';
import type { MessageKey } from '$lib/i18n';

/** A failing field: which input, and the translated message to show next to it. */
export interface FieldProblem {
  field: string;
  message: MessageKey;
}

/**
 * What an organisation form action answers. Every action on a page answers this shape, so the
 * page can tell which of its forms failed (`form`), put back what was typed (`values`) and show
 * the errors next to the fields and in a summary at the top.
 */
export interface FormResult {
  form: string;
  /** What was typed, to put back in the form after a failure. */
  values: Record<string, string>;
  errors: FieldProblem[];
  /** A message for the whole form (a conflict, say); shown at the top. */
  problem?: MessageKey;
  /** What stands in the way of a conflict, e.g. the logs a staff member still holds (T6). */
  blockers?: Blocker[];
  /** A message after success. */
  notice?: MessageKey;
  noticeParams?: Record<string, string>;
}

/** The result when it belongs to the named form, else undefined. */
export function resultFor(
  result: FormResult | null | undefined,
  form: string,
): FormResult | undefined {
  return result && result.form === form ? result : undefined;
}

/** The id of a field's input: unique on a page that has several forms. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function errorFor(result: FormResult | undefined, field: string): MessageKey | undefined {
  return result?.errors.find((e) => e.field === field)?.message;
}

/** Notices a page shows after a redirect (`?melding=…`): only these keys, never free text. */
export const NOTICES = {
  endret: 'org.notice.staffUpdated',
  deaktivert: 'org.notice.staffDeactivated',
  reaktivert: 'org.notice.staffReactivated',
  lagret: 'org.notice.saved',
  opprettet: 'org.notice.districtCreated',
} as const satisfies Record<string, MessageKey>;
export type NoticeCode = keyof typeof NOTICES;

export function noticeFrom(url: URL): MessageKey | undefined {
  const code = url.searchParams.get('melding');
  return code && code in NOTICES ? NOTICES[code as NoticeCode] : undefined;
}
