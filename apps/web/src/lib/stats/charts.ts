import type { StatsReport } from '@stafett/domain';
import { percentValue } from './format';
import type { StatsTable, TableId } from './tables';

/**
 * What each chart draws, as plain data taken from its table (so the two cannot disagree). The
 * chart component turns a spec into a chart.js configuration; this file knows nothing of
 * chart.js, so it is unit-tested without a canvas.
 */
export interface ChartDataset {
  key: string;
  label: string;
  data: (number | null)[];
  /** Which colour of the palette (the component's) this series takes. */
  color: number;
}

export interface ChartSpec {
  id: TableId;
  type: 'line' | 'bar';
  stacked: boolean;
  /** Bars along the y axis: long names (categories, holders) read better that way. */
  horizontal: boolean;
  /** Values are percentages (coverage). */
  percent: boolean;
  labels: string[];
  datasets: ChartDataset[];
  /** Coverage: the goal line and the expected-need band, in percent. */
  goal: { goal: number; low: number; high: number } | null;
}

interface ChartShape {
  type: 'line' | 'bar';
  keys: string[];
  stacked?: boolean;
  horizontal?: boolean;
  /** Colours by series: evaluations keep green, yellow, red in the order of the outcomes. */
  colors?: number[];
}

/** The charts of a dashboard, in the order shown, and which columns each draws. */
export const CHART_SHAPES: Partial<Record<TableId, ChartShape>> = {
  openedClosed: { type: 'line', keys: ['opened', 'closed'] },
  // Districts and units have long names: their bars lie along the y axis, one line each.
  coverage: { type: 'bar', keys: ['coverage'], horizontal: true },
  measures: { type: 'bar', keys: ['service', 'home', 'child'], stacked: true, horizontal: true },
  evaluations: {
    type: 'bar',
    keys: ['worked', 'partly', 'did_not_work'],
    stacked: true,
    colors: [5, 6, 7],
  },
  brightSpots: { type: 'bar', keys: ['brightSpots'], colors: [2] },
  categories: { type: 'bar', keys: ['activeAttentions', 'measures'], horizontal: true },
  transfers: { type: 'bar', keys: ['transfersIn', 'transfersOut'] },
  workload: { type: 'bar', keys: ['activeLogs', 'holders', 'maxLogsPerHolder'], horizontal: true },
};

export const CHART_IDS = Object.keys(CHART_SHAPES) as TableId[];

/** The chart of a table: its rows are the labels, the chosen numeric columns the series. */
export function chartSpec(table: StatsTable, report: StatsReport): ChartSpec | null {
  const shape = CHART_SHAPES[table.id];
  if (!shape) return null;
  const columns = shape.keys.flatMap((key) => {
    const index = table.columns.findIndex((c) => c.key === key);
    return index >= 0 ? [{ index, column: table.columns[index]! }] : [];
  });
  const percent = columns.some((c) => c.column.percent);
  return {
    id: table.id,
    type: shape.type,
    stacked: shape.stacked ?? false,
    horizontal: shape.horizontal ?? false,
    percent,
    labels: table.rows.map((r) => r.head.short ?? r.head.text),
    datasets: columns.map(({ index, column }, i) => ({
      key: column.key,
      label: column.label,
      data: table.rows.map((r) => {
        const value = r.cells[index]?.value;
        return typeof value === 'number' ? value : null;
      }),
      color: shape.colors?.[i] ?? i,
    })),
    goal:
      table.id === 'coverage'
        ? {
            goal: percentValue(report.coverageGoal),
            low: percentValue(report.expectedNeed.low),
            high: percentValue(report.expectedNeed.high),
          }
        : null,
  };
}

/** The highest value the axis must reach: the bars (stacked or not) and the need band. */
export function axisMax(spec: ChartSpec): number {
  const count = spec.labels.length;
  let max = 0;
  for (let i = 0; i < count; i++) {
    const values = spec.datasets.map((d) => d.data[i] ?? 0);
    const here = spec.stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values);
    max = Math.max(max, here);
  }
  return spec.goal ? Math.max(max, spec.goal.high) : max;
}
