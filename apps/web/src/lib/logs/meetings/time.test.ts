import { describe, expect, it } from 'vitest';
import { isoToOsloLocal, osloIso, osloLocalToIso, osloOffsetMinutes } from './time';

describe('osloLocalToIso', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(osloLocalToIso('2026-12-10', '09:00')).toBe('2026-12-10T09:00:00+01:00');
    expect(osloLocalToIso('2026-06-15', '14:30')).toBe('2026-06-15T14:30:00+02:00');
    expect(Date.parse(osloLocalToIso('2026-12-10', '09:00') ?? '')).toBe(
      Date.parse('2026-12-10T08:00:00Z'),
    );
  });

  it('switches on the last Sundays of March and October', () => {
    // 2026: summer time from 29 March 02:00, winter time from 25 October 03:00.
    expect(osloLocalToIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(osloLocalToIso('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(osloLocalToIso('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(osloLocalToIso('2026-10-25', '03:30')).toBe('2026-10-25T03:30:00+01:00');
  });

  it('reads a skipped hour as summer time, and a doubled hour as the first', () => {
    expect(osloLocalToIso('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(osloLocalToIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('accepts a one-digit hour and surrounding spaces', () => {
    expect(osloLocalToIso(' 2026-12-10 ', '9:05')).toBe('2026-12-10T09:05:00+01:00');
  });

  it('refuses what is not a real date or time', () => {
    expect(osloLocalToIso('', '09:00')).toBeNull();
    expect(osloLocalToIso('2026-12-10', '')).toBeNull();
    expect(osloLocalToIso('2026-02-30', '09:00')).toBeNull();
    expect(osloLocalToIso('2026-12-10', '24:00')).toBeNull();
    expect(osloLocalToIso('10.12.2026', '09:00')).toBeNull();
    expect(osloLocalToIso('2026-12-10', '9')).toBeNull();
  });
});

describe('back to the clock in Norway', () => {
  it('gives the date and time an edit form starts with', () => {
    expect(isoToOsloLocal('2026-12-10T08:00:00.000Z')).toEqual({
      date: '2026-12-10',
      time: '09:00',
    });
    expect(isoToOsloLocal('2026-06-30T22:15:00Z')).toEqual({ date: '2026-07-01', time: '00:15' });
    expect(isoToOsloLocal('nonsense')).toBeNull();
  });

  it('round-trips, and knows the offset', () => {
    const iso = osloLocalToIso('2026-06-15', '14:30') ?? '';
    expect(osloIso(Date.parse(iso))).toBe(iso);
    expect(osloOffsetMinutes(Date.parse('2026-01-01T12:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'))).toBe(120);
  });
});
