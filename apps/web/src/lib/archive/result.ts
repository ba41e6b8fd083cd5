import type { ArchiveObligationView } from '@stafett/domain';

/** What an archive form's action answers when it did not go through (shown on the page). */
export interface ArchiveResult {
  form: 'pdf' | 'done' | 'moving';
  /** The obligation the form was about, for the per-obligation forms. */
  id?: string;
  /** The API's message (bokmål) or a key of the page's own. */
  message?: string;
  errors: { field: string; message: string }[];
}

/** Which text explains an obligation's state, with its date. */
export function stateKey(
  o: Pick<ArchiveObligationView, 'state'>,
): 'archive.state.overdue' | 'archive.state.due' | 'archive.state.upcoming' | 'archive.state.done' {
  return `archive.state.${o.state}`;
}

/** Kilobytes, rounded up, for a download link. */
export const kilobytes = (bytes: number) => String(Math.max(1, Math.ceil(bytes / 1024)));

export const DONE_MESSAGES = ['pdf', 'done', 'moving'] as const;
export type ArchiveDone = (typeof DONE_MESSAGES)[number];
export const doneOf = (value: string | null): ArchiveDone | null =>
  (DONE_MESSAGES as readonly string[]).includes(value ?? '') ? (value as ArchiveDone) : null;
