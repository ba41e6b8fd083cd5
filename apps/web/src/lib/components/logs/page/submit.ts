import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';
import { draftAwareEnhance } from '../enhance';

/**
 * `use:enhance` for the log page's forms: drafts under `prefixes` go when the action succeeds
 * (draftAwareEnhance); after a 409 the page reloads the log too, so the form shows what is saved
 * now next to what the person typed (the failed result keeps their text).
 */
export function logEnhance(prefixes: string | readonly string[]): SubmitFunction {
  return draftAwareEnhance(prefixes, () => async ({ result, update }) => {
    await update();
    if (result.type === 'failure' && result.status === 409) await invalidateAll();
  });
}
