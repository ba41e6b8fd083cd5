import { describe, expect, it } from 'vitest';
import { foldReport, type RollupInput } from './fold';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

const input: RollupInput = {
  rows: [
    { id: a, name: 'Nordberg skole', kind: 'unit', unitType: 'school', childrenServed: 100 },
    {
      id: b,
      name: 'Korsvoll barnehage',
      kind: 'unit',
      unitType: 'kindergarten',
      childrenServed: 0,
    },
  ],
  periodByRow: [
    { rowId: a, metric: 'opened', key: '', n: 4 },
    { rowId: b, metric: 'opened', key: '', n: 1 },
    { rowId: a, metric: 'measures', key: 'home', n: 3 },
    { rowId: a, metric: 'evaluations', key: 'did_not_work', n: 2 },
    { rowId: 'someone-else', metric: 'opened', key: '', n: 99 },
    { rowId: a, metric: 'measures', key: 'nonsense', n: 5 },
  ],
  periodByMonth: [
    { month: '2026-11', metric: 'opened', key: '', n: 5 },
    { month: '2026-12', metric: 'evaluations', key: 'worked', n: 1 },
    { month: '2020-01', metric: 'opened', key: '', n: 7 },
  ],
  nowByRow: [
    { rowId: a, metric: 'active_logs', key: '', n: 12 },
    { rowId: b, metric: 'active_logs', key: '', n: 2 },
    { rowId: a, metric: 'holder_max', key: '', n: 4 },
    { rowId: b, metric: 'holder_max', key: '', n: 6 },
    { rowId: a, metric: 'holders', key: '', n: 3 },
    { rowId: b, metric: 'holders', key: '', n: 1 },
    { rowId: a, metric: 'deadlines', key: 'evaluation_overdue', n: 2 },
    { rowId: b, metric: 'deadlines', key: 'evaluation_overdue', n: 1 },
  ],
  categories: [
    { category: 'Språk', metric: 'measures', n: 2 },
    { category: 'Atferd', metric: 'attentions', n: 3 },
    { category: 'Språk', metric: 'attentions', n: 3 },
  ],
  from: '2026-11',
  to: '2026-12',
};

describe('folding the rollup into a report', () => {
  const report = foldReport(input);

  it('gives each row its counts and coverage, and ignores unknown rows and keys', () => {
    const [nordberg, korsvoll] = report.rows;
    expect(nordberg).toMatchObject({
      opened: 4,
      activeLogs: 12,
      coverage: 0.12,
      measures: { service: 0, home: 3, child: 0 },
      evaluations: { worked: 0, partly: 0, did_not_work: 2 },
      deadlines: { evaluation_overdue: 2, consent_expired: 0 },
    });
    expect(korsvoll).toMatchObject({ opened: 1, activeLogs: 2, coverage: null });
  });

  it('sums the rows into totals, but takes the busiest holder as the maximum', () => {
    expect(report.totals).toMatchObject({
      childrenServed: 100,
      activeLogs: 14,
      coverage: 0.14,
      opened: 5,
      holders: 4,
      maxLogsPerHolder: 6,
      deadlines: { evaluation_overdue: 3 },
    });
  });

  it('lists every month of the period, also quiet ones, and nothing outside it', () => {
    expect(report.monthly.map((m) => [m.month, m.opened, m.evaluations.worked])).toEqual([
      ['2026-11', 5, 0],
      ['2026-12', 0, 1],
    ]);
  });

  it('orders categories by attentions in use, then by name', () => {
    expect(report.categories).toEqual([
      { category: 'Atferd', activeAttentions: 3, measures: 0 },
      { category: 'Språk', activeAttentions: 3, measures: 2 },
    ]);
  });
});
