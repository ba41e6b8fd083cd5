import type { SubmitFunction } from '@sveltejs/kit';
import { page } from '$app/state';
import { clearDrafts, draftScope, isSignInRedirect } from './drafts';

/**
 * Removes the signed-in person's drafts whose draftKey starts with one of the prefixes. For a
 * page that learns of a save another way (after a redirect, say). Does nothing on the server.
 */
export function clearMyDrafts(prefixes: string | readonly string[]): number {
  const scope = draftScope(page.data);
  const list = typeof prefixes === 'string' ? [prefixes] : prefixes;
  return list.reduce((sum, prefix) => sum + clearDrafts(prefix, scope), 0);
}

/**
 * `use:enhance` for a form of LogTextFields: when the action succeeds (or redirects after
 * saving), the drafts under `prefixes` are removed before the page updates. A failed action —
 * a validation error, a 409 conflict, an expired session (a redirect to sign in) — keeps them.
 *
 * ```svelte
 * <form method="post" action="?/goal" use:enhance={draftAwareEnhance(`log:${id}:goal`)}>
 * ```
 *
 * `inner` is an ordinary submit function, run first; its callback (if any) runs after the
 * drafts are cleared, instead of the default `update()`.
 */
export function draftAwareEnhance(
  prefixes: string | readonly string[],
  inner?: SubmitFunction,
): SubmitFunction {
  return async (input) => {
    const after = await inner?.(input);
    return async (options) => {
      const { result } = options;
      const saved =
        result.type === 'success' ||
        (result.type === 'redirect' && !isSignInRedirect(result.location));
      if (saved) clearMyDrafts(prefixes);
      if (after) await after(options);
      else await options.update();
    };
  };
}
