/** What a lifecycle form's action answers when it did not go through (shown by the form). */
export interface LifecycleResult {
  form: 'close' | 'withdraw' | 'deletion' | 'reopen' | 'delete' | 'answer';
  /** The log or request the form was about, on pages with one form per row. */
  id?: string;
  /** The API's or the page's message, in bokmål from the API. */
  message?: string;
  errors: { field: string; message: string }[];
  values: Record<string, string>;
}

/** The result of a given form (and row), if the last action was that one. */
export function resultOf(
  form: unknown,
  which: LifecycleResult['form'],
  id?: string,
): LifecycleResult | null {
  const r = form as LifecycleResult | null | undefined;
  if (!r || r.form !== which) return null;
  if (id !== undefined && r.id !== id) return null;
  return r;
}

export const errorAt = (r: LifecycleResult | null, field: string) =>
  r?.errors.find((e) => e.field === field)?.message;
