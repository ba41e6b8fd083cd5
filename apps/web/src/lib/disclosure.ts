import { browser } from '$app/environment';
import { createAttachmentKey, type Attachment } from 'svelte/attachments';

/** What each panel was last told, so only a change from open to shut closes it. */
const lastOpen = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * Attributes for a `<details>` panel that opens when `open` says so (a form inside failed) and
 * shuts when `open` turns false again (it saved): `<details {...disclosure(failed)}>`.
 *
 * Why not `open={failed}`: Svelte writes that value to the element as the app starts, and so
 * shut a panel the person had opened while the page was still loading, with what they had begun
 * to type. The server renders the attribute; in the browser an attachment follows only changes.
 */
export function disclosure(open: boolean): Record<string | symbol, unknown> {
  if (!browser) return { open };
  return { [createAttachmentKey()]: follow(open) };
}

/** Exported for the unit test, which runs without a server render. */
export function follow(open: boolean): Attachment<HTMLDetailsElement> {
  return (panel) => {
    const before = lastOpen.get(panel);
    if (open) panel.open = true;
    else if (before === true) panel.open = false;
    lastOpen.set(panel, open);
  };
}
