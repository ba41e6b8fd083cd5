import { describe, expect, it } from 'vitest';
import {
  addMonths,
  coverage,
  coverageBand,
  deadlineWindows,
  monthsBetween,
  resolveFilters,
  statsQuerySchema,
  toCsv,
} from './index';

describe('periods', () => {
  it('adds months across years', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -27)).toBe('2023-12');
  });

  it('lists the months of a period, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('defaults to the last 12 months up to this month', () => {
    const r = resolveFilters({}, '2026-12-01');
    expect(r).toEqual({
      ok: true,
      filters: { from: '2026-01', to: '2026-12', unitType: null, category: null },
    });
  });

  it('names what is wrong with a period', () => {
    expect(resolveFilters({ from: '2026-05', to: '2026-02' }, '2026-12-01')).toMatchObject({
      ok: false,
      problems: [{ field: 'from' }],
    });
    expect(resolveFilters({ to: '2027-01' }, '2026-12-01')).toMatchObject({
      ok: false,
      problems: [{ field: 'to' }],
    });
    expect(resolveFilters({ from: '2020-01', to: '2026-12' }, '2026-12-01')).toMatchObject({
      ok: false,
      problems: [{ field: 'from', message: expect.stringContaining('60') }],
    });
  });

  it('refuses malformed months and unknown unit types in the query', () => {
    expect(statsQuerySchema.safeParse({ from: '2026-13' }).success).toBe(false);
    expect(statsQuerySchema.safeParse({ from: '26-01' }).success).toBe(false);
    expect(statsQuerySchema.safeParse({ unitType: 'castle' }).success).toBe(false);
    expect(statsQuerySchema.safeParse({ unitType: '', category: '' }).success).toBe(true);
    expect(statsQuerySchema.safeParse({ other: '1' }).success).toBe(false);
  });

  it('treats empty filters as not chosen', () => {
    const r = resolveFilters({ unitType: '', category: '' }, '2026-12-01');
    expect(r.ok && r.filters).toMatchObject({ unitType: null, category: null });
  });
});

describe('deadline windows', () => {
  it('counts 14 days ahead for evaluations and archives, 30 for consents, 60 back for silence', () => {
    expect(deadlineWindows('2026-12-01')).toEqual({
      today: '2026-12-01',
      evaluationDueBy: '2026-12-15',
      consentExpiresBy: '2026-12-31',
      inactiveBefore: '2026-10-02',
      archiveDueBy: '2026-12-15',
    });
  });
});

describe('coverage', () => {
  it('is active logs among children served, or null when none are served', () => {
    expect(coverage(12, 100)).toBe(0.12);
    expect(coverage(3, 0)).toBeNull();
  });

  it('lies against the 10 % goal and the 20–25 % band', () => {
    expect(coverageBand(0.05)).toBe('below_goal');
    expect(coverageBand(0.1)).toBe('goal_met');
    expect(coverageBand(0.2)).toBe('expected_need');
    expect(coverageBand(0.25)).toBe('expected_need');
    expect(coverageBand(0.3)).toBe('above_expected');
  });
});

describe('CSV', () => {
  it('writes semicolons, decimal commas, quotes and a byte order mark', () => {
    const csv = toCsv(
      ['Enhet', 'Dekning'],
      [
        ['Nordberg skole', 0.125],
        ['«A»; "B"', null],
        ['=SUM(A1)', 3],
      ],
    );
    expect(csv).toBe(
      '\uFEFFEnhet;Dekning\r\nNordberg skole;0,125\r\n"«A»; ""B""";\r\n\'=SUM(A1);3\r\n',
    );
  });
});
