import type { UnitType } from '../org/unit-types';

/**
 * The log's rules as pure functions (DOMAIN.md L1, C2, C8). The API enforces them inside its
 * transactions; the pages use the same functions to explain them before anyone submits.
 */

export type LogLevel = 1 | 2 | 3;

/** Services only a level 3 log may involve (L1). */
export const LEVEL_3_SERVICES: readonly UnitType[] = ['child_welfare', 'specialist_health'];

/**
 * Whether staff of a unit may take part in a log of this level (L1): level 1 only the holder's
 * own unit, level 2 also the municipality's other services, level 3 also child welfare and
 * specialist health.
 */
export function levelAllows(
  level: LogLevel,
  holderUnitId: string,
  candidate: { unitId: string; unitType: UnitType },
): boolean {
  if (candidate.unitId === holderUnitId) return true;
  if (level === 1) return false;
  if (level === 2) return !LEVEL_3_SERVICES.includes(candidate.unitType);
  return true;
}

/** Guardians are mandatory up to and including the age before the consent age (L1). */
export function guardiansRequired(age: number, consentAge: number): boolean {
  return age < consentAge;
}

/** The measure text can be corrected for 8 hours after it is written, then it is fixed (C2). */
export const MEASURE_EDIT_HOURS = 8;

export function measureEditableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + MEASURE_EDIT_HOURS * 3_600_000);
}

export function measureTextEditable(createdAt: Date, now: Date): boolean {
  return now.getTime() < measureEditableUntil(createdAt).getTime();
}

export type Responsible = 'service' | 'home' | 'child';
export const RESPONSIBLE_PARTIES: readonly Responsible[] = ['service', 'home', 'child'];

/**
 * How many active measures each party has on an attention, and which parties have none: each
 * attention should have at least one in the service, one at home and one for the child (C2).
 */
export function measureBalance(
  measures: readonly { responsible: Responsible; active: boolean }[],
): {
  counts: Record<Responsible, number>;
  missing: Responsible[];
} {
  const counts: Record<Responsible, number> = { service: 0, home: 0, child: 0 };
  for (const m of measures) if (m.active) counts[m.responsible] += 1;
  return { counts, missing: RESPONSIBLE_PARTIES.filter((p) => counts[p] === 0) };
}

/** An ISO date (yyyy-mm-dd) plus whole days, in the calendar, not in hours. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The default evaluation deadline (C2): practical measures 2–3 weeks, others 1–2 months, as the
 * municipality has set them (T2).
 */
export function defaultDeadline(
  startDate: string,
  practical: boolean,
  periods: { practical: number; other: number },
): string {
  return addDays(startDate, practical ? periods.practical : periods.other);
}

/** Consent is valid through its last day. */
export function consentValid(validUntil: string, today: string): boolean {
  return validUntil >= today;
}
