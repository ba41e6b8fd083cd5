import { monthsBetween } from './period';
import {
  coverage,
  EVALUATION_OUTCOMES,
  MEASURE_RESPONSIBLES,
  type StatsCategory,
  type StatsFigures,
  type StatsMonth,
  type StatsRow,
} from './report';
import { DEADLINE_KINDS, emptyDeadlineCounts } from './deadlines';

/**
 * From the rollup's counts to the report's figures: a pure function, so the API stays a reader
 * of rows and the arithmetic is tested here. Counts that are absent are zero.
 */
export interface RollupCount {
  metric: string;
  key: string;
  n: number;
}
export interface RollupInput {
  rows: {
    id: string;
    name: string;
    kind: 'district' | 'unit';
    unitType: StatsRow['unitType'];
    childrenServed: number;
  }[];
  /** Summed over the period, per row. */
  periodByRow: (RollupCount & { rowId: string })[];
  /** Summed over the rows, per month ('YYYY-MM'). */
  periodByMonth: (RollupCount & { month: string })[];
  /** States now, per row. */
  nowByRow: (RollupCount & { rowId: string })[];
  /** Per category: 'attentions' now and 'measures' in the period. */
  categories: { category: string; metric: 'attentions' | 'measures'; n: number }[];
  from: string;
  to: string;
}

const MONTHLY_METRICS = {
  opened: 'opened',
  closed: 'closed',
  bright_spots: 'brightSpots',
  transfers_in: 'transfersIn',
  transfers_out: 'transfersOut',
} as const;

/** Every figure zero: a row with no counts yet (coverage is null when no children are served). */
export function emptyFigures(childrenServed: number): StatsFigures {
  return {
    childrenServed,
    activeLogs: 0,
    coverage: coverage(0, childrenServed),
    opened: 0,
    closed: 0,
    brightSpots: 0,
    transfersIn: 0,
    transfersOut: 0,
    measures: { service: 0, home: 0, child: 0 },
    evaluations: { worked: 0, partly: 0, did_not_work: 0 },
    holders: 0,
    maxLogsPerHolder: 0,
    deadlines: emptyDeadlineCounts(),
  };
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function addCount(f: StatsFigures, { metric, key, n }: RollupCount): void {
  if (metric in MONTHLY_METRICS) f[MONTHLY_METRICS[metric as keyof typeof MONTHLY_METRICS]] += n;
  else if (metric === 'measures' && isOneOf(MEASURE_RESPONSIBLES, key)) f.measures[key] += n;
  else if (metric === 'evaluations' && isOneOf(EVALUATION_OUTCOMES, key)) f.evaluations[key] += n;
  else if (metric === 'active_logs') f.activeLogs += n;
  else if (metric === 'holders') f.holders += n;
  else if (metric === 'holder_max') f.maxLogsPerHolder = Math.max(f.maxLogsPerHolder, n);
  else if (metric === 'deadlines' && isOneOf(DEADLINE_KINDS, key)) f.deadlines[key] += n;
}

function addFigures(into: StatsFigures, row: StatsFigures): void {
  into.activeLogs += row.activeLogs;
  into.opened += row.opened;
  into.closed += row.closed;
  into.brightSpots += row.brightSpots;
  into.transfersIn += row.transfersIn;
  into.transfersOut += row.transfersOut;
  for (const k of MEASURE_RESPONSIBLES) into.measures[k] += row.measures[k];
  for (const k of EVALUATION_OUTCOMES) into.evaluations[k] += row.evaluations[k];
  into.holders += row.holders;
  into.maxLogsPerHolder = Math.max(into.maxLogsPerHolder, row.maxLogsPerHolder);
  for (const k of DEADLINE_KINDS) into.deadlines[k] += row.deadlines[k];
}

export function foldReport(input: RollupInput): {
  totals: StatsFigures;
  rows: StatsRow[];
  monthly: StatsMonth[];
  categories: StatsCategory[];
} {
  const rows = new Map<string, StatsRow>(
    input.rows.map((r) => [r.id, { ...r, ...emptyFigures(r.childrenServed) }]),
  );
  for (const c of [...input.periodByRow, ...input.nowByRow]) {
    const row = rows.get(c.rowId);
    if (row) addCount(row, c);
  }
  const totals = emptyFigures(input.rows.reduce((sum, r) => sum + r.childrenServed, 0));
  for (const row of rows.values()) {
    row.coverage = coverage(row.activeLogs, row.childrenServed);
    addFigures(totals, row);
  }
  totals.coverage = coverage(totals.activeLogs, totals.childrenServed);

  const months = new Map<string, StatsMonth>(
    monthsBetween(input.from, input.to).map((month) => [
      month,
      {
        month,
        opened: 0,
        closed: 0,
        brightSpots: 0,
        transfersIn: 0,
        transfersOut: 0,
        evaluations: { worked: 0, partly: 0, did_not_work: 0 },
      },
    ]),
  );
  for (const { month, metric, key, n } of input.periodByMonth) {
    const m = months.get(month);
    if (!m) continue;
    if (metric in MONTHLY_METRICS) m[MONTHLY_METRICS[metric as keyof typeof MONTHLY_METRICS]] += n;
    else if (metric === 'evaluations' && isOneOf(EVALUATION_OUTCOMES, key)) m.evaluations[key] += n;
  }

  const categories = new Map<string, StatsCategory>();
  for (const { category, metric, n } of input.categories) {
    const c = categories.get(category) ?? { category, activeAttentions: 0, measures: 0 };
    if (metric === 'attentions') c.activeAttentions += n;
    else c.measures += n;
    categories.set(category, c);
  }

  return {
    totals,
    rows: [...rows.values()],
    monthly: [...months.values()],
    categories: [...categories.values()].sort(
      (a, b) =>
        b.activeAttentions - a.activeAttentions || a.category.localeCompare(b.category, 'nb'),
    ),
  };
}
