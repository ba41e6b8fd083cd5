import type { Lang } from '$lib/i18n';
import type { FormValues } from './form-input';

/** The log page's forms; each action answers with its own name. */
export type LogForm =
  | 'addAttention'
  | 'editAttention'
  | 'addMeasure'
  | 'correctMeasure'
  | 'changeMeasure'
  | 'evaluate'
  | 'addBrightSpot'
  | 'editBrightSpot'
  | 'addNote'
  | 'editNote'
  | 'attach';

export interface LogFieldError {
  field: string;
  /** The API's (or the schema's) message, in bokmål. */
  message: string;
}

/**
 * What every action of the log page answers. The page has many forms of the same kind (one per
 * measure, say): `form` and `target` (the thing's id, '' for a new one) say which one it was.
 */
export interface LogFormResult {
  form: LogForm;
  target: string;
  /** What was typed, put back in the form after a failure. */
  values: FormValues;
  errors: LogFieldError[];
  /** A rule that stopped the change (a 409 that is not a stale version), in bokmål. */
  problem?: string;
  /** Someone else saved first: `conflict` holds the saved texts by field, `version` the new one. */
  stale?: boolean;
  conflict?: Record<string, string>;
  version?: number;
  /** Saved: the form's drafts go. */
  saved?: boolean;
}

/** The result when it belongs to this form (and thing), else undefined. */
export function resultFor(
  result: LogFormResult | null | undefined,
  form: LogForm,
  target = '',
): LogFormResult | undefined {
  return result && result.form === form && result.target === target ? result : undefined;
}

export function errorOf(result: LogFormResult | undefined, field: string): string | undefined {
  return result?.errors.find((e) => e.field === field)?.message;
}

/** The id of a field on a page with many forms. */
export function formFieldId(form: LogForm, target: string, field: string): string {
  return `${form}-${target || 'new'}-${field}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The value to start a field with: what was sent when this form failed, else the saved text. */
export function startValue(result: LogFormResult | undefined, field: string, saved = ''): string {
  if (result && !result.saved) return result.values[field] ?? saved;
  return saved;
}

/**
 * The API's messages are bokmål; a bokmål page shows them as they are, other languages show
 * `fallback` (a translated "check this field").
 */
export function shownMessage(lang: Lang, message: string, fallback: string): string {
  return lang === 'nb' ? message : fallback;
}

/** Zod issues as field errors: the first message per field, in order. */
export function issuesToErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): LogFieldError[] {
  const seen = new Set<string>();
  const out: LogFieldError[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}
