import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
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
    const around = placesAround(input.formElement);
    return async (options) => {
      const { result } = options;
      const saved =
        result.type === 'success' ||
        (result.type === 'redirect' && !isSignInRedirect(result.location));
      if (saved) clearMyDrafts(prefixes);
      if (after) await after(options);
      else await options.update();
      if (!saved) return;
      await tick();
      keepFocusNear(around);
    };
  };
}

/** The panel, card and section a form stands in, nearest first. */
function placesAround(form: HTMLFormElement): Element[] {
  const places: Element[] = [];
  for (let at = form.parentElement; at; at = at.parentElement) {
    if (at.matches('details, article, section')) places.push(at);
  }
  return places;
}

/**
 * After a save, the button that had focus may be gone: the panel shut, or what was saved replaced
 * the form. Focus then fell back to <body> and a keyboard user started again from the top. It goes
 * instead to the panel's summary, or to the heading of the nearest card or section still there.
 */
function keepFocusNear(around: readonly Element[]): void {
  const focused = document.activeElement;
  if (focused && focused !== document.body && focused.isConnected) return;
  for (const place of around) {
    if (!place.isConnected) continue;
    const target =
      place instanceof HTMLDetailsElement
        ? place.querySelector<HTMLElement>(':scope > summary')
        : place.querySelector<HTMLElement>('h2, h3, h4');
    if (!target) continue;
    // A heading takes focus only from script (tabindex -1), so Tab order is unchanged.
    if (target.tagName !== 'SUMMARY') target.tabIndex = -1;
    target.focus();
    return;
  }
}
