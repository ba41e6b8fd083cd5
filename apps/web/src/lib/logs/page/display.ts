import type { EvaluationView, MeasureView, Responsible } from '@stafett/domain';
import type { MessageKey } from '$lib/i18n';

/**
 * Pure helpers for the log page: what a measure's deadline, evaluation and correction window
 * mean in words. No I/O, so they are unit-tested without a browser.
 */

export type Outcome = EvaluationView['outcome'];
export type Light = 'green' | 'yellow' | 'red';

/** The traffic light of an evaluation (C3): worked green, partly yellow, did not work red. */
export function outcomeLight(outcome: Outcome): Light {
  switch (outcome) {
    case 'worked':
      return 'green';
    case 'partly':
      return 'yellow';
    case 'did_not_work':
      return 'red';
  }
}

/** The words that always go with the colour: never colour alone (WCAG 1.4.1). */
export function outcomeKey(outcome: Outcome): MessageKey {
  return `logsPage.outcome.${outcome}`;
}

export const OUTCOMES: readonly Outcome[] = ['worked', 'partly', 'did_not_work'];
export const DECISIONS = ['continue', 'change', 'end'] as const;
export const RESPONSIBLE: readonly Responsible[] = ['service', 'home', 'child'];

/** Today's date (yyyy-mm-dd) in Norway, whatever the server's time zone. */
export function todayInOslo(now: Date): string {
  // en-CA formats dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole calendar days from `from` to `to` (both yyyy-mm-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

export type DeadlineState = 'overdue' | 'today' | 'soon' | 'later' | 'closed';

/** Days before the deadline that count as "soon". */
export const DEADLINE_SOON_DAYS = 7;

/**
 * Where a measure stands against its evaluation deadline. A measure that is evaluated, ended or
 * wrongly registered has no deadline to meet any more.
 */
export function deadlineState(
  measure: Pick<MeasureView, 'deadline' | 'status'> & { evaluation: unknown },
  today: string,
): DeadlineState {
  if (measure.status !== 'active' || measure.evaluation) return 'closed';
  const days = daysBetween(today, measure.deadline);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days <= DEADLINE_SOON_DAYS) return 'soon';
  return 'later';
}

/** The measure ladder (C2): by step, then in the order they were written. */
export function ladder<T extends Pick<MeasureView, 'step' | 'createdAt'>>(measures: readonly T[]) {
  return [...measures].sort(
    (a, b) => a.step - b.step || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}

/** Newest first (bright spots, notes). */
export function newestFirst<T extends { createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** Time left before `until`, in whole hours and minutes (rounded up), or null when it is past. */
export function timeLeft(until: string, now: Date): { hours: number; minutes: number } | null {
  const ms = Date.parse(until) - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const total = Math.ceil(ms / 60_000);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** A measure's text can be corrected while the 8 hours last and the measure is active (C2). */
export function textCorrectable(
  measure: Pick<MeasureView, 'editableUntil' | 'status'>,
  now: Date,
): boolean {
  return measure.status === 'active' && timeLeft(measure.editableUntil, now) !== null;
}

/** Evaluated once (C3), and never a measure registered by mistake. */
export function canEvaluate(measure: Pick<MeasureView, 'evaluation' | 'status'>): boolean {
  return measure.evaluation === null && measure.status !== 'wrongly_registered';
}

export type ConsentState = 'valid' | 'expiring' | 'expired';
/** Days before the end of a consent that count as "expires soon" (L2). */
export const CONSENT_SOON_DAYS = 30;

export function consentState(validUntil: string, today: string): ConsentState {
  const days = daysBetween(today, validUntil);
  if (days < 0) return 'expired';
  if (days <= CONSENT_SOON_DAYS) return 'expiring';
  return 'valid';
}

/**
 * The API refuses an unknown category with "Velg en av kommunens kategorier: A, B, C." — the
 * list a holder otherwise cannot read. Returns the categories in that message, or [].
 */
export function categoriesFromMessage(message: string | undefined): string[] {
  const match = message?.match(/kategorier:\s*(.+?)\.?\s*$/s);
  if (!match?.[1]) return [];
  return match[1]
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Unique categories, in the order first seen (case-insensitive). */
export function uniqueCategories(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of lists.flat()) {
    const key = c.trim().toLocaleLowerCase('nb');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(c.trim());
  }
  return out;
}
