import { describe, expect, it } from 'vitest';
import {
  addDays,
  consentValid,
  defaultDeadline,
  guardiansRequired,
  levelAllows,
  measureBalance,
  measureTextEditable,
} from './rules';

describe('levelAllows (L1)', () => {
  const own = { unitId: 'u1', unitType: 'school' as const };
  const ppt = { unitId: 'u2', unitType: 'ppt' as const };
  const cw = { unitId: 'u3', unitType: 'child_welfare' as const };
  it('level 1: only the holder’s own unit', () => {
    expect([own, ppt, cw].map((c) => levelAllows(1, 'u1', c))).toEqual([true, false, false]);
  });
  it('level 2: also other services, not child welfare or specialist health', () => {
    expect([own, ppt, cw].map((c) => levelAllows(2, 'u1', c))).toEqual([true, true, false]);
    expect(levelAllows(2, 'u1', { unitId: 'u4', unitType: 'specialist_health' })).toBe(false);
  });
  it('level 3: everyone', () => {
    expect([own, ppt, cw].map((c) => levelAllows(3, 'u1', c))).toEqual([true, true, true]);
  });
});

describe('guardiansRequired (L1)', () => {
  it('through the year before the consent age', () => {
    expect(guardiansRequired(15, 16)).toBe(true);
    expect(guardiansRequired(16, 16)).toBe(false);
    expect(guardiansRequired(14, 15)).toBe(true);
    expect(guardiansRequired(15, 15)).toBe(false);
  });
});

describe('measureTextEditable (C2)', () => {
  const written = new Date('2026-03-01T08:00:00Z');
  it('for 8 hours, then fixed', () => {
    expect(measureTextEditable(written, new Date('2026-03-01T15:59:59Z'))).toBe(true);
    expect(measureTextEditable(written, new Date('2026-03-01T16:00:00Z'))).toBe(false);
  });
});

describe('measureBalance (C2)', () => {
  it('counts active measures per party and names the missing ones', () => {
    const r = measureBalance([
      { responsible: 'service', active: true },
      { responsible: 'service', active: true },
      { responsible: 'home', active: false },
    ]);
    expect(r.counts).toEqual({ service: 2, home: 0, child: 0 });
    expect(r.missing).toEqual(['home', 'child']);
  });
  it('nothing missing when all three take part', () => {
    const all = (['service', 'home', 'child'] as const).map((responsible) => ({
      responsible,
      active: true,
    }));
    expect(measureBalance(all).missing).toEqual([]);
  });
});

describe('dates', () => {
  it('adds calendar days across months and leap days', () => {
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('default deadline: practical or other period', () => {
    const periods = { practical: 21, other: 42 };
    expect(defaultDeadline('2026-03-02', true, periods)).toBe('2026-03-23');
    expect(defaultDeadline('2026-03-02', false, periods)).toBe('2026-04-13');
  });
  it('consent is valid through its last day', () => {
    expect(consentValid('2026-12-01', '2026-12-01')).toBe(true);
    expect(consentValid('2026-11-30', '2026-12-01')).toBe(false);
  });
});
