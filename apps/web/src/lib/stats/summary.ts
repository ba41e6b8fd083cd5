import { coverageBand, type StatsReport } from '@stafett/domain';
import { formatMonth, formatPercent } from './format';
import type { StatsTable, TableId, Tr } from './tables';

/**
 * One sentence that says what a chart shows (its figcaption and the canvas's accessible name):
 * the totals and what stands out, in the page's language. Built from the same table as the
 * chart, so the sentence, the chart and the table agree.
 */

const columnIndex = (table: StatsTable, key: string) =>
  table.columns.findIndex((c) => c.key === key);

function columnValues(table: StatsTable, key: string): number[] {
  const i = columnIndex(table, key);
  return table.rows.map((r) => {
    const v = r.cells[i]?.value;
    return typeof v === 'number' ? v : 0;
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The row with the highest value in a column (the first of equals), or null when all are 0. */
function peak(table: StatsTable, key: string): { label: string; value: number } | null {
  const values = columnValues(table, key);
  let best = -1;
  values.forEach((v, i) => {
    if (v > 0 && (best < 0 || v > values[best]!)) best = i;
  });
  return best < 0 ? null : { label: table.rows[best]!.head.text, value: values[best]! };
}

function period(t: Tr, report: StatsReport) {
  return {
    from: formatMonth(t.lang, report.filters.from),
    to: formatMonth(t.lang, report.filters.to),
  };
}

/** "X av Y områder når målet" etc.: how many rows reach the goal (coverage known). */
function rowsMeetingGoal(report: StatsReport) {
  const known = report.rows.filter((r) => r.coverage !== null);
  return {
    met: known.filter((r) => (r.coverage ?? 0) >= report.coverageGoal).length,
    count: known.length,
  };
}

export function coverageSentence(t: Tr, report: StatsReport): string {
  const coverage = report.totals.coverage;
  if (coverage === null) return t.t('stats.summary.coverageNone', { scope: report.scope.name });
  const params = {
    scope: report.scope.name,
    coverage: formatPercent(t.lang, coverage),
    goal: formatPercent(t.lang, report.coverageGoal),
    low: formatPercent(t.lang, report.expectedNeed.low),
    high: formatPercent(t.lang, report.expectedNeed.high),
  };
  return t.t(`stats.summary.coverage.${coverageBand(coverage)}`, params);
}

export function chartSummary(t: Tr, report: StatsReport, table: StatsTable): string {
  const p = period(t, report);
  const total = (key: string) => sum(columnValues(table, key));
  switch (table.id as TableId) {
    case 'openedClosed': {
      const opened = total('opened');
      const closed = total('closed');
      if (opened + closed === 0) return t.t('stats.summary.openedClosedNone', p);
      const top = peak(table, 'opened');
      const main = t.t('stats.summary.openedClosed', { ...p, opened, closed });
      return top
        ? `${main} ${t.t('stats.summary.peakOpened', { month: top.label, count: top.value })}`
        : main;
    }
    case 'coverage': {
      const main = coverageSentence(t, report);
      if (report.level === 'unit') return main;
      const { met, count } = rowsMeetingGoal(report);
      return `${main} ${t.t(`stats.summary.rowsMeetingGoal.${report.level}`, {
        met,
        count,
        goal: formatPercent(t.lang, report.coverageGoal),
      })}`;
    }
    case 'measures': {
      const service = total('service');
      const home = total('home');
      const child = total('child');
      if (service + home + child === 0) return t.t('stats.summary.measuresNone', p);
      return t.t('stats.summary.measures', { ...p, service, home, child });
    }
    case 'evaluations': {
      const worked = total('worked');
      const partly = total('partly');
      const notWorked = total('did_not_work');
      if (worked + partly + notWorked === 0) return t.t('stats.summary.evaluationsNone', p);
      return t.t('stats.summary.evaluations', { ...p, worked, partly, notWorked });
    }
    case 'brightSpots': {
      const count = total('brightSpots');
      const top = peak(table, 'brightSpots');
      if (!top) return t.t('stats.summary.brightSpotsNone', p);
      return t.t('stats.summary.brightSpots', { ...p, count, month: top.label, max: top.value });
    }
    case 'categories': {
      const top = peak(table, 'activeAttentions');
      const inUse = columnValues(table, 'activeAttentions').filter((v) => v > 0).length;
      if (!top) return t.t('stats.summary.categoriesNone');
      return t.t('stats.summary.categories', { count: inUse, top: top.label, max: top.value });
    }
    case 'transfers': {
      const transfersIn = total('transfersIn');
      const transfersOut = total('transfersOut');
      if (transfersIn + transfersOut === 0) return t.t('stats.summary.transfersNone', p);
      return t.t('stats.summary.transfers', { ...p, in: transfersIn, out: transfersOut });
    }
    case 'workload': {
      if (report.holders) {
        const top = peak(table, 'activeLogs');
        if (!top) return t.t('stats.summary.workloadNone');
        return t.t('stats.summary.workloadNamed', {
          count: table.rows.length,
          top: top.label,
          max: top.value,
        });
      }
      if (report.totals.holders === 0) return t.t('stats.summary.workloadNone');
      return t.t('stats.summary.workload', {
        holders: report.totals.holders,
        logs: report.totals.activeLogs,
        max: report.totals.maxLogsPerHolder,
      });
    }
    default:
      return table.title;
  }
}
