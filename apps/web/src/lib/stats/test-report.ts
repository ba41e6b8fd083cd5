import {
  emptyDeadlineCounts,
  emptyFigures,
  type StatsFigures,
  type StatsReport,
  type StatsRow,
} from '@stafett/domain';

/** A small district report for the view helpers' tests (not used by the app). */
export function figures(overrides: Partial<StatsFigures> = {}): StatsFigures {
  return { ...emptyFigures(0), ...overrides };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function unitRow(n: number, name: string, overrides: Partial<StatsFigures> = {}): StatsRow {
  return { id: id(n), name, kind: 'unit', unitType: 'school', ...figures(overrides) };
}

export function districtReport(): StatsReport {
  const school = unitRow(1, 'Nordberg skole', {
    childrenServed: 400,
    activeLogs: 50,
    coverage: 0.125,
    opened: 6,
    closed: 2,
    brightSpots: 9,
    measures: { service: 5, home: 3, child: 2 },
    evaluations: { worked: 2, partly: 1, did_not_work: 1 },
    holders: 3,
    maxLogsPerHolder: 30,
    deadlines: { ...emptyDeadlineCounts(), evaluation_overdue: 3, consent_expired: 1 },
  });
  const clinic = {
    ...unitRow(2, 'Nordre Aker helsestasjon', {
      childrenServed: 1000,
      activeLogs: 30,
      coverage: 0.03,
      opened: 1,
      brightSpots: 1,
      measures: { service: 1, home: 0, child: 0 },
      holders: 1,
      maxLogsPerHolder: 30,
    }),
    unitType: 'health_station' as const,
  };
  const empty = unitRow(3, 'Utekontakten', {});
  return {
    level: 'district',
    scope: { id: id(10), name: 'Nordre Aker' },
    parent: null,
    filters: { from: '2026-01', to: '2026-03', unitType: null, category: null },
    today: '2026-03-15',
    refreshedAt: '2026-03-15T06:00:00.000Z',
    coverageGoal: 0.1,
    expectedNeed: { low: 0.2, high: 0.25 },
    totals: figures({
      childrenServed: 1400,
      activeLogs: 80,
      coverage: 80 / 1400,
      opened: 7,
      closed: 2,
      brightSpots: 10,
      measures: { service: 6, home: 3, child: 2 },
      evaluations: { worked: 2, partly: 1, did_not_work: 1 },
      holders: 4,
      maxLogsPerHolder: 30,
      deadlines: { ...emptyDeadlineCounts(), evaluation_overdue: 3, consent_expired: 1 },
    }),
    rows: [school, clinic, empty],
    monthly: [
      {
        month: '2026-01',
        opened: 2,
        closed: 0,
        brightSpots: 3,
        transfersIn: 1,
        transfersOut: 0,
        evaluations: { worked: 1, partly: 0, did_not_work: 0 },
      },
      {
        month: '2026-02',
        opened: 4,
        closed: 1,
        brightSpots: 2,
        transfersIn: 0,
        transfersOut: 1,
        evaluations: { worked: 1, partly: 1, did_not_work: 0 },
      },
      {
        month: '2026-03',
        opened: 1,
        closed: 1,
        brightSpots: 5,
        transfersIn: 0,
        transfersOut: 0,
        evaluations: { worked: 0, partly: 0, did_not_work: 1 },
      },
    ],
    categories: [
      { category: 'Språk', activeAttentions: 2, measures: 3 },
      { category: 'Skolefravær', activeAttentions: 5, measures: 4 },
      { category: 'Motorikk', activeAttentions: 0, measures: 1 },
    ],
    holders: null,
  };
}
