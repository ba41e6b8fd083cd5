import { translate, type Lang, type MessageKey } from '$lib/i18n';

/** A field's error, keyed by the API's field path ("slug", "admin.nationalId", …). */
export type FieldErrors = Record<string, string>;

export interface ProblemAnswer {
  status: number;
  detail: string;
  errors: FieldErrors;
}

/** Reads an application/problem+json answer; a body that is not one gives an empty list. */
export async function readProblem(response: Response): Promise<ProblemAnswer> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // No JSON body: the status alone says what happened.
  }
  const problem = (body ?? {}) as {
    detail?: unknown;
    errors?: { field?: unknown; message?: unknown }[];
  };
  const errors: FieldErrors = {};
  for (const e of Array.isArray(problem.errors) ? problem.errors : []) {
    if (typeof e.field !== 'string' || typeof e.message !== 'string') continue;
    // The first message per field is the one to act on.
    errors[e.field] ??= e.message;
  }
  return {
    status: response.status,
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    errors,
  };
}

/** A field's label and, where it has one, its help text: what nynorsk and English pages say. */
export type FieldText = readonly [label: MessageKey, help?: MessageKey];

/**
 * The API writes its messages in bokmål. Bokmål pages show them as they are (they are the most
 * precise); nynorsk and English pages name the field and repeat its help text ("Address:
 * lowercase letters, digits and hyphens …"), so the summary at the top still says which field.
 */
export function localizeErrors(
  lang: Lang,
  errors: FieldErrors,
  textFor: (field: string) => FieldText | undefined,
): FieldErrors {
  if (lang === 'nb') return errors;
  const out: FieldErrors = {};
  for (const field of Object.keys(errors)) {
    const text = textFor(field);
    if (!text) {
      out[field] = translate(lang, 'form.fieldInvalid');
      continue;
    }
    const [label, help] = text;
    out[field] = `${translate(lang, label)}: ${translate(lang, help ?? 'form.fieldInvalid')}`;
  }
  return out;
}

/** The element id for a field path: "admin.nationalId" → "admin-nationalId". */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The colour a form sends: what was typed, unless only the colour picker changed (no script). */
export function pickColor(form: FormData, name: string): string {
  const text = String(form.get(name) ?? '').trim();
  const picker = String(form.get(`${name}Picker`) ?? '').trim();
  const initial = String(form.get(`${name}Initial`) ?? '').trim();
  if (text.toLowerCase() !== initial.toLowerCase()) return text;
  if (picker && picker.toLowerCase() !== initial.toLowerCase()) return picker;
  return text;
}
