/**
 * Archive obligations (DOMAIN.md L8): a PDF of the log goes to the child's folder in the
 * municipality's archive every year, when the child changes service, when the log is closed,
 * before it is deleted, and when the child moves away. Pure rules; the API stores the rows.
 */
export const ARCHIVE_REASONS = [
  'yearly',
  'change_of_service',
  'closing',
  'before_deletion',
  'moving_away',
] as const;
export type ArchiveReason = (typeof ARCHIVE_REASONS)[number];

/** An ISO date plus whole calendar years; 29 February becomes 28 February in other years. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The yearly obligations an active log should have and lacks. The yearly dates are the
 * anniversaries of opening. Wanted: the latest anniversary that has come (if any: it is due or
 * overdue) and the next one (upcoming). Several missed years collapse into the latest, since one
 * PDF covers them all; dates on or before the newest yearly obligation already made are never
 * made again, so a done obligation does not come back.
 */
export function missingYearlyDueDates(
  openedOn: string,
  today: string,
  existingYearly: readonly string[],
): string[] {
  let k = 1;
  while (addYears(openedOn, k) <= today) k++;
  const next = addYears(openedOn, k);
  const wanted = k > 1 ? [addYears(openedOn, k - 1), next] : [next];
  const newest = existingYearly.reduce((a, b) => (b > a ? b : a), '');
  return wanted.filter((d) => d > newest);
}

export type ObligationState = 'done' | 'overdue' | 'due' | 'upcoming';

/** Due within this many days counts as due now (shown to the holder and the unit leader). */
export const ARCHIVE_DUE_SOON_DAYS = 30;

/** Where an obligation stands on a day: done, overdue, due within 30 days, or later. */
export function obligationState(
  o: { dueOn: string; doneAt: string | null },
  today: string,
): ObligationState {
  if (o.doneAt) return 'done';
  if (o.dueOn < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + ARCHIVE_DUE_SOON_DAYS);
  return o.dueOn <= soon.toISOString().slice(0, 10) ? 'due' : 'upcoming';
}
