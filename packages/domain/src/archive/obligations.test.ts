import { describe, expect, it } from 'vitest';
import { addYears, missingYearlyDueDates, obligationState } from './obligations';

describe('addYears', () => {
  it('adds calendar years and keeps 29 February within the month', () => {
    expect(addYears('2026-03-15', 1)).toBe('2027-03-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('missingYearlyDueDates (L8)', () => {
  it('a new log gets one obligation a year after opening', () => {
    expect(missingYearlyDueDates('2026-03-15', '2026-03-15', [])).toEqual(['2027-03-15']);
  });
  it('nothing more while the upcoming one exists', () => {
    expect(missingYearlyDueDates('2026-03-15', '2026-12-01', ['2027-03-15'])).toEqual([]);
  });
  it('on the anniversary the next year is added; the due one stays', () => {
    expect(missingYearlyDueDates('2026-03-15', '2027-03-15', ['2027-03-15'])).toEqual([
      '2028-03-15',
    ]);
  });
  it('missed years collapse into the latest anniversary plus the next', () => {
    expect(missingYearlyDueDates('2023-01-10', '2026-06-01', [])).toEqual([
      '2026-01-10',
      '2027-01-10',
    ]);
  });
  it('never makes a date again on or before the newest one made', () => {
    expect(missingYearlyDueDates('2023-01-10', '2026-06-01', ['2026-01-10'])).toEqual([
      '2027-01-10',
    ]);
  });
});

describe('obligationState', () => {
  const today = '2026-06-01';
  it('done wins', () => {
    expect(obligationState({ dueOn: '2020-01-01', doneAt: '2020-01-02T10:00:00Z' }, today)).toBe(
      'done',
    );
  });
  it('overdue, due within 30 days, upcoming', () => {
    expect(obligationState({ dueOn: '2026-05-31', doneAt: null }, today)).toBe('overdue');
    expect(obligationState({ dueOn: '2026-06-01', doneAt: null }, today)).toBe('due');
    expect(obligationState({ dueOn: '2026-07-01', doneAt: null }, today)).toBe('due');
    expect(obligationState({ dueOn: '2026-07-02', doneAt: null }, today)).toBe('upcoming');
  });
});
