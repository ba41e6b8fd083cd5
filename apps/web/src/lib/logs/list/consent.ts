/**
 * How the consent of a log stands (L2): leaders and holders must see a consent that has expired
 * or soon will, and renew it with the family. Dates are ISO calendar dates (yyyy-mm-dd), compared
 * in Norway's calendar: consent is valid through its last day.
 */

/** "Soon" is within this many days. */
export const CONSENT_WARNING_DAYS = 30;

export type ConsentState = 'missing' | 'expired' | 'expiring' | 'valid';

export interface ConsentStatus {
  state: ConsentState;
  /** Whole days from today to the last valid day (0 = the last day is today); negative = expired. */
  daysLeft: number | null;
}

/** Today's date in Norway as yyyy-mm-dd (the server may run in UTC). */
export function todayInNorway(now: Date = new Date()): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The consent's state on `today`; no consent at all is 'missing'. */
export function consentStatus(validUntil: string | null | undefined, today: string): ConsentStatus {
  if (!validUntil || Number.isNaN(dayNumber(validUntil)))
    return { state: 'missing', daysLeft: null };
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft <= CONSENT_WARNING_DAYS) return { state: 'expiring', daysLeft };
  return { state: 'valid', daysLeft };
}

/**
 * An ISO date plus whole months, kept within the month (31 January + 1 month = 28/29 February),
 * for the default "valid until" of a new consent.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
