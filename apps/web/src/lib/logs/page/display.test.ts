import { describe, expect, it } from 'vitest';
import {
  canEvaluate,
  categoriesFromMessage,
  consentState,
  daysBetween,
  deadlineState,
  ladder,
  newestFirst,
  outcomeKey,
  outcomeLight,
  textCorrectable,
  timeLeft,
  todayInOslo,
  uniqueCategories,
} from './display';

describe('evaluation outcome', () => {
  it('is a traffic light with words', () => {
    expect(outcomeLight('worked')).toBe('green');
    expect(outcomeLight('partly')).toBe('yellow');
    expect(outcomeLight('did_not_work')).toBe('red');
    expect(outcomeKey('did_not_work')).toBe('logsPage.outcome.did_not_work');
  });
});

describe('dates', () => {
  it("takes today's date in Norway, not in UTC", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(todayInOslo(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInOslo(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-12-01', '2026-12-08')).toBe(7);
    expect(daysBetween('2026-12-08', '2026-12-01')).toBe(-7);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
});

describe('deadline state', () => {
  const active = (deadline: string) => ({
    deadline,
    status: 'active' as const,
    evaluation: null,
  });

  it('is overdue, today, soon or later for an active measure without evaluation', () => {
    expect(deadlineState(active('2026-11-30'), '2026-12-01')).toBe('overdue');
    expect(deadlineState(active('2026-12-01'), '2026-12-01')).toBe('today');
    expect(deadlineState(active('2026-12-08'), '2026-12-01')).toBe('soon');
    expect(deadlineState(active('2026-12-09'), '2026-12-01')).toBe('later');
  });

  it('is closed once evaluated, ended or wrongly registered', () => {
    expect(deadlineState({ ...active('2026-01-01'), evaluation: {} }, '2026-12-01')).toBe('closed');
    expect(deadlineState({ ...active('2026-01-01'), status: 'ended' }, '2026-12-01')).toBe(
      'closed',
    );
    expect(
      deadlineState({ ...active('2026-01-01'), status: 'wrongly_registered' }, '2026-12-01'),
    ).toBe('closed');
  });
});

describe('the ladder', () => {
  it('orders by step, then by when the measure was written', () => {
    const m = (id: string, step: number, createdAt: string) => ({ id, step, createdAt });
    const sorted = ladder([
      m('c', 2, '2026-12-01T10:00:00Z'),
      m('a', 1, '2026-12-01T12:00:00Z'),
      m('b', 2, '2026-12-01T09:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists bright spots newest first without changing the input', () => {
    const items = [
      { id: 'old', createdAt: '2026-11-01T10:00:00Z' },
      { id: 'new', createdAt: '2026-12-01T10:00:00Z' },
    ];
    expect(newestFirst(items).map((x) => x.id)).toEqual(['new', 'old']);
    expect(items[0]?.id).toBe('old');
  });
});

describe('correcting a measure within 8 hours', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('gives the time left in hours and minutes, rounded up', () => {
    expect(timeLeft('2026-12-01T15:12:30Z', now)).toEqual({ hours: 5, minutes: 13 });
    expect(timeLeft('2026-12-01T10:00:30Z', now)).toEqual({ hours: 0, minutes: 1 });
    expect(timeLeft('2026-12-01T10:00:00Z', now)).toBeNull();
    expect(timeLeft('not a date', now)).toBeNull();
  });

  it('is possible only while the window lasts and the measure is active', () => {
    const until = '2026-12-01T12:00:00Z';
    expect(textCorrectable({ editableUntil: until, status: 'active' }, now)).toBe(true);
    expect(textCorrectable({ editableUntil: until, status: 'ended' }, now)).toBe(false);
    expect(textCorrectable({ editableUntil: '2026-12-01T09:00:00Z', status: 'active' }, now)).toBe(
      false,
    );
  });
});

describe('evaluation is possible', () => {
  it('once, and never for a measure registered by mistake', () => {
    expect(canEvaluate({ evaluation: null, status: 'active' })).toBe(true);
    expect(canEvaluate({ evaluation: null, status: 'ended' })).toBe(true);
    expect(canEvaluate({ evaluation: null, status: 'wrongly_registered' })).toBe(false);
    const evaluation = {
      id: '00000000-0000-4000-8000-000000000000',
      outcome: 'worked' as const,
      comment: '',
      familyView: '',
      decision: 'continue' as const,
      by: { id: '00000000-0000-4000-8000-000000000001', name: 'Ola' },
      at: '2026-12-01T10:00:00Z',
    };
    expect(canEvaluate({ evaluation, status: 'active' })).toBe(false);
  });
});

describe('consent state', () => {
  it('is expired after its last day and expiring within 30 days', () => {
    expect(consentState('2026-11-30', '2026-12-01')).toBe('expired');
    expect(consentState('2026-12-01', '2026-12-01')).toBe('expiring');
    expect(consentState('2026-12-31', '2026-12-01')).toBe('expiring');
    expect(consentState('2027-01-01', '2026-12-01')).toBe('valid');
  });
});

describe('categories', () => {
  it("reads the municipality's list from the API's refusal", () => {
    expect(
      categoriesFromMessage(
        'Velg en av kommunens kategorier: Språk, Motorikk, Psykososialt skolemiljø (opplæringslova).',
      ),
    ).toEqual(['Språk', 'Motorikk', 'Psykososialt skolemiljø (opplæringslova)']);
    expect(categoriesFromMessage('Skriv kategorien.')).toEqual([]);
    expect(categoriesFromMessage(undefined)).toEqual([]);
  });

  it('keeps each category once, ignoring case and spaces', () => {
    expect(uniqueCategories(['Språk', ' språk '], ['Atferd', ''], ['SPRÅK', 'Motorikk'])).toEqual([
      'Språk',
      'Atferd',
      'Motorikk',
    ]);
  });
});
