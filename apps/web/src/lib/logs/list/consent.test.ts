import { describe, expect, it } from 'vitest';
import { addMonths, consentStatus, daysBetween, todayInNorway } from './consent';

describe('consentStatus', () => {
  const today = '2026-12-01';

  it('is missing without a date', () => {
    expect(consentStatus(null, today)).toEqual({ state: 'missing', daysLeft: null });
    expect(consentStatus('', today).state).toBe('missing');
  });

  it('is expired the day after its last day, valid through the last day', () => {
    expect(consentStatus('2026-11-30', today)).toEqual({ state: 'expired', daysLeft: -1 });
    expect(consentStatus('2026-12-01', today)).toEqual({ state: 'expiring', daysLeft: 0 });
  });

  it('warns within 30 days, not after', () => {
    expect(consentStatus('2026-12-31', today)).toEqual({ state: 'expiring', daysLeft: 30 });
    expect(consentStatus('2027-01-01', today)).toEqual({ state: 'valid', daysLeft: 31 });
  });
});

describe('dates', () => {
  it('counts calendar days across the change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('adds months within the month', () => {
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it("takes today's date in Norway, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(todayInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNorway(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01');
  });
});
