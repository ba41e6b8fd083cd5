import {
  coverageBand,
  DEADLINE_KINDS,
  EVALUATION_OUTCOMES,
  MEASURE_RESPONSIBLES,
  type CsvCell,
  type StatsFigures,
  type StatsLevel,
  type StatsMonth,
  type StatsReport,
  type StatsRow,
} from '@stafett/domain';
import type { Translator } from '$lib/i18n';
import { unitTypeKey } from '$lib/roles';
import { formatMonth, formatPercent, percentValue } from './format';

/**
 * The dashboards' tables, built from a StatsReport (issue 5). One model serves the page's
 * tables, the charts drawn from them and the CSV files, so a chart, its table and the download
 * always show the same numbers. Pure: no I/O and no Svelte, unit-tested.
 */
export const TABLE_IDS = [
  'rows',
  'deadlines',
  'openedClosed',
  'coverage',
  'measures',
  'evaluations',
  'brightSpots',
  'categories',
  'transfers',
  'workload',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const isTableId = (value: unknown): value is TableId =>
  typeof value === 'string' && (TABLE_IDS as readonly string[]).includes(value);

export type Tr = Pick<Translator, 't' | 'lang' | 'number'>;

export interface Cell {
  /** The number (a percentage as 12.3) or text as it goes into the CSV; null when there is none. */
  value: number | string | null;
  /** As shown on the page, in the page's language. */
  text: string;
  /** A shorter label for a chart's axis ("jan. 2026"), when there is one. */
  short?: string;
}

export interface Column {
  key: string;
  label: string;
  numeric: boolean;
  percent?: boolean;
}

export interface TableRow {
  key: string;
  head: Cell;
  /** Where the row's name leads (drilling down a level); never to a child's log (S4). */
  href?: string;
  cells: Cell[];
}

export interface StatsTable {
  id: TableId;
  title: string;
  /** The label of the first column, which names the rows. */
  headLabel: string;
  columns: Column[];
  rows: TableRow[];
  /** The sum or the scope's figures, as a last row; null when a sum means nothing. */
  total: TableRow | null;
}

export type RowLink = (row: StatsRow) => string | undefined;

const num = (t: Tr, n: number): Cell => ({ value: n, text: t.number(n) });
const pct = (t: Tr, ratio: number | null): Cell => ({
  value: ratio === null ? null : percentValue(ratio),
  text: formatPercent(t.lang, ratio),
});
const text = (value: string): Cell => ({ value, text: value });

function rowHeadLabel(t: Tr, level: StatsLevel): string {
  return t.t(level === 'municipality' ? 'stats.col.district' : 'stats.col.unit');
}

function totalRow(t: Tr, cells: Cell[]): TableRow {
  return { key: 'total', head: text(t.t('stats.col.total')), cells };
}

function sumMonths(months: readonly StatsMonth[], pick: (m: StatsMonth) => number): number {
  return months.reduce((sum, m) => sum + pick(m), 0);
}

function monthTable(
  t: Tr,
  id: TableId,
  title: string,
  report: StatsReport,
  columns: { key: string; label: string; pick: (m: StatsMonth) => number }[],
): StatsTable {
  return {
    id,
    title,
    headLabel: t.t('stats.col.month'),
    columns: columns.map((c) => ({ key: c.key, label: c.label, numeric: true })),
    rows: report.monthly.map((m) => ({
      key: m.month,
      head: {
        value: m.month,
        text: formatMonth(t.lang, m.month),
        short: formatMonth(t.lang, m.month, 'short'),
      },
      cells: columns.map((c) => num(t, c.pick(m))),
    })),
    total: totalRow(
      t,
      columns.map((c) => num(t, sumMonths(report.monthly, c.pick))),
    ),
  };
}

function perRowTable(
  t: Tr,
  id: TableId,
  title: string,
  report: StatsReport,
  link: RowLink | undefined,
  columns: { key: string; label: string; cell: (f: StatsFigures) => Cell; percent?: boolean }[],
): StatsTable {
  return {
    id,
    title,
    headLabel: rowHeadLabel(t, report.level),
    columns: columns.map((c) => ({
      key: c.key,
      label: c.label,
      numeric: true,
      ...(c.percent ? { percent: true } : {}),
    })),
    rows: report.rows.map((row) => ({
      key: row.id,
      head: text(row.name),
      href: link?.(row),
      cells: columns.map((c) => c.cell(row)),
    })),
    total:
      report.rows.length > 1
        ? totalRow(
            t,
            columns.map((c) => c.cell(report.totals)),
          )
        : null,
  };
}

/** The rows (districts or units) with their main figures; each name drills down a level. */
export function rowsTable(t: Tr, report: StatsReport, link?: RowLink): StatsTable {
  const table = perRowTable(t, 'rows', t.t(`stats.table.rows.${report.level}`), report, link, [
    {
      key: 'childrenServed',
      label: t.t('stats.col.childrenServed'),
      cell: (f) => num(t, f.childrenServed),
    },
    { key: 'activeLogs', label: t.t('stats.col.activeLogs'), cell: (f) => num(t, f.activeLogs) },
    {
      key: 'coverage',
      label: t.t('stats.col.coverage'),
      cell: (f) => pct(t, f.coverage),
      percent: true,
    },
    { key: 'opened', label: t.t('stats.col.opened'), cell: (f) => num(t, f.opened) },
    { key: 'closed', label: t.t('stats.col.closed'), cell: (f) => num(t, f.closed) },
    { key: 'holders', label: t.t('stats.col.holders'), cell: (f) => num(t, f.holders) },
  ]);
  if (report.level !== 'district') return table;
  // A district's units are of many types: say which.
  return {
    ...table,
    columns: [
      { key: 'unitType', label: t.t('stats.col.unitType'), numeric: false },
      ...table.columns,
    ],
    rows: table.rows.map((r, i) => {
      const type = report.rows[i]?.unitType;
      return { ...r, cells: [text(type ? t.t(unitTypeKey(type)) : ''), ...r.cells] };
    }),
    total: table.total ? { ...table.total, cells: [text(''), ...table.total.cells] } : null,
  };
}

/** Open deadlines (S3) counted per row; a unit leader's own list names them (frister). */
export function deadlinesTable(t: Tr, report: StatsReport, link?: RowLink): StatsTable {
  return perRowTable(
    t,
    'deadlines',
    t.t(`stats.table.deadlines.${report.level}`),
    report,
    link,
    DEADLINE_KINDS.map((kind) => ({
      key: kind,
      label: t.t(`stats.deadline.${kind}`),
      cell: (f) => num(t, f.deadlines[kind]),
    })),
  );
}

export function openedClosedTable(t: Tr, report: StatsReport): StatsTable {
  return monthTable(t, 'openedClosed', t.t('stats.table.openedClosed'), report, [
    { key: 'opened', label: t.t('stats.col.opened'), pick: (m) => m.opened },
    { key: 'closed', label: t.t('stats.col.closed'), pick: (m) => m.closed },
  ]);
}

/** Coverage per row against the goal and the expected need, with the band in words. */
export function coverageTable(t: Tr, report: StatsReport, link?: RowLink): StatsTable {
  const band = (f: StatsFigures): Cell =>
    text(f.coverage === null ? '' : t.t(`stats.band.${coverageBand(f.coverage)}`));
  const table = perRowTable(
    t,
    'coverage',
    t.t(`stats.table.coverage.${report.level}`),
    report,
    link,
    [
      {
        key: 'childrenServed',
        label: t.t('stats.col.childrenServed'),
        cell: (f) => num(t, f.childrenServed),
      },
      { key: 'activeLogs', label: t.t('stats.col.activeLogs'), cell: (f) => num(t, f.activeLogs) },
      {
        key: 'coverage',
        label: t.t('stats.col.coverage'),
        cell: (f) => pct(t, f.coverage),
        percent: true,
      },
    ],
  );
  return {
    ...table,
    columns: [...table.columns, { key: 'band', label: t.t('stats.col.band'), numeric: false }],
    rows: table.rows.map((r, i) => ({ ...r, cells: [...r.cells, band(report.rows[i]!)] })),
    total: table.total
      ? { ...table.total, cells: [...table.total.cells, band(report.totals)] }
      : null,
  };
}

export function measuresTable(t: Tr, report: StatsReport, link?: RowLink): StatsTable {
  return perRowTable(
    t,
    'measures',
    t.t(`stats.table.measures.${report.level}`),
    report,
    link,
    MEASURE_RESPONSIBLES.map((party) => ({
      key: party,
      label: t.t(`stats.responsible.${party}`),
      cell: (f) => num(t, f.measures[party]),
    })),
  );
}

export function evaluationsTable(t: Tr, report: StatsReport): StatsTable {
  return monthTable(
    t,
    'evaluations',
    t.t('stats.table.evaluations'),
    report,
    EVALUATION_OUTCOMES.map((outcome) => ({
      key: outcome,
      label: t.t(`stats.outcome.${outcome}`),
      pick: (m) => m.evaluations[outcome],
    })),
  );
}

export function brightSpotsTable(t: Tr, report: StatsReport): StatsTable {
  return monthTable(t, 'brightSpots', t.t('stats.table.brightSpots'), report, [
    { key: 'brightSpots', label: t.t('stats.col.brightSpots'), pick: (m) => m.brightSpots },
  ]);
}

export function transfersTable(t: Tr, report: StatsReport): StatsTable {
  return monthTable(t, 'transfers', t.t('stats.table.transfers'), report, [
    { key: 'transfersIn', label: t.t('stats.col.transfersIn'), pick: (m) => m.transfersIn },
    { key: 'transfersOut', label: t.t('stats.col.transfersOut'), pick: (m) => m.transfersOut },
  ]);
}

/** Attention categories in use, most active first. */
export function categoriesTable(t: Tr, report: StatsReport): StatsTable {
  const sorted = [...report.categories].sort(
    (a, b) =>
      b.activeAttentions - a.activeAttentions ||
      b.measures - a.measures ||
      a.category.localeCompare(b.category, 'nb'),
  );
  return {
    id: 'categories',
    title: t.t('stats.table.categories'),
    headLabel: t.t('stats.col.category'),
    columns: [
      { key: 'activeAttentions', label: t.t('stats.col.activeAttentions'), numeric: true },
      { key: 'measures', label: t.t('stats.col.measuresInPeriod'), numeric: true },
    ],
    rows: sorted.map((c) => ({
      key: c.category,
      head: text(c.category),
      cells: [num(t, c.activeAttentions), num(t, c.measures)],
    })),
    total: null,
  };
}

/**
 * Holders' workload: by name for the unit's own leader (the report has `holders`), otherwise
 * counts per row — how many hold logs and the most one of them holds (S4).
 */
export function workloadTable(t: Tr, report: StatsReport, link?: RowLink): StatsTable {
  if (report.holders) {
    const sorted = [...report.holders].sort(
      (a, b) => b.activeLogs - a.activeLogs || a.name.localeCompare(b.name, 'nb'),
    );
    return {
      id: 'workload',
      title: t.t('stats.table.workload.named'),
      headLabel: t.t('stats.col.holder'),
      columns: [{ key: 'activeLogs', label: t.t('stats.col.activeLogs'), numeric: true }],
      rows: sorted.map((h) => ({ key: h.id, head: text(h.name), cells: [num(t, h.activeLogs)] })),
      total: null,
    };
  }
  return perRowTable(t, 'workload', t.t(`stats.table.workload.${report.level}`), report, link, [
    { key: 'holders', label: t.t('stats.col.holders'), cell: (f) => num(t, f.holders) },
    { key: 'activeLogs', label: t.t('stats.col.activeLogs'), cell: (f) => num(t, f.activeLogs) },
    {
      key: 'maxLogsPerHolder',
      label: t.t('stats.col.maxLogsPerHolder'),
      cell: (f) => num(t, f.maxLogsPerHolder),
    },
  ]);
}

/** Every table of a dashboard, by id. */
export function allTables(t: Tr, report: StatsReport, link?: RowLink): Record<TableId, StatsTable> {
  return {
    rows: rowsTable(t, report, link),
    deadlines: deadlinesTable(t, report, link),
    openedClosed: openedClosedTable(t, report),
    coverage: coverageTable(t, report),
    measures: measuresTable(t, report),
    evaluations: evaluationsTable(t, report),
    brightSpots: brightSpotsTable(t, report),
    categories: categoriesTable(t, report),
    transfers: transfersTable(t, report),
    workload: workloadTable(t, report),
  };
}

/** A table as CSV lines: the header, every row, and the total; percentages as numbers. */
export function tableCsv(table: StatsTable): { header: string[]; rows: CsvCell[][] } {
  const header = [
    table.headLabel,
    ...table.columns.map((c) => (c.percent ? `${c.label} (%)` : c.label)),
  ];
  const lines = [...table.rows, ...(table.total ? [table.total] : [])].map((row) => [
    row.head.value,
    ...row.cells.map((cell) => cell.value),
  ]);
  return { header, rows: lines };
}

/** The CSV file's name: "stafett-<table>-<scope>-<from>-<to>.csv" in plain ASCII. */
export function csvFilename(report: StatsReport, table: TableId): string {
  const scope = report.scope.name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `stafett-${table}-${scope || report.level}-${report.filters.from}-${report.filters.to}.csv`;
}
