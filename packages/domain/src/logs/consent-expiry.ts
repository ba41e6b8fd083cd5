import { addDays } from './rules';

/**
 * When the holder is told that a log's consent runs out (DOMAIN.md L2), as pure functions over
 * calendar dates (yyyy-mm-dd, Norwegian time). The daily check in the API selects with
 * consentExpiryWindow and decides each candidate with consentExpiryNoticeDue.
 */

/** The holder hears about a consent this many days before its last valid day, or sooner. */
export const CONSENT_EXPIRY_NOTICE_DAYS = 30;

/** Today's calendar date in Norway, whatever the server's time zone. */
export function norwegianDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/**
 * The last valid days that make a consent due today: from today (still valid through its last
 * day) to today + 30, both included. A consent that has already run out is not in it: the notice
 * says "before" a date, and an expired consent is the leaders' list's business (L2).
 */
export function consentExpiryWindow(today: string): { from: string; to: string } {
  return { from: today, to: addDays(today, CONSENT_EXPIRY_NOTICE_DAYS) };
}

export interface ConsentExpiryCandidate {
  /** The consent's last valid day. */
  validUntil: string;
  /** When the holder was told about this consent; null if never. */
  notifiedAt: Date | null;
  /** The log's status; only an active log needs its consent renewed. */
  logStatus: 'active' | 'passive' | 'deleted';
  /** Whether this is the log's newest consent, the one that counts. */
  newest: boolean;
}

/**
 * Whether the holder should be told today that this consent runs out: the newest consent of an
 * active log, valid through a day within the window, and not told about before. Once per
 * consent: a renewed consent is a new row, so it gets its own notice when its time comes.
 */
export function consentExpiryNoticeDue(c: ConsentExpiryCandidate, today: string): boolean {
  if (c.logStatus !== 'active' || !c.newest || c.notifiedAt !== null) return false;
  const { from, to } = consentExpiryWindow(today);
  return c.validUntil >= from && c.validUntil <= to;
}
