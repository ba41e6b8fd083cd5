import { toCsv } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import { axisMax, CHART_IDS, chartSpec } from './charts';
import { formatMonth, formatPercent, percentValue } from './format';
import { chartSummary, coverageSentence } from './summary';
import { allTables, csvFilename, tableCsv } from './tables';
import { districtReport } from './test-report';

const nb = createTranslator(() => 'nb');
const en = createTranslator(() => 'en');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formats', () => {
  it('writes coverage as a Norwegian percentage and months in words', () => {
    expect(percentValue(0.12345)).toBe(12.3);
    expect(percentValue(3 / 21862)).toBe(0.01);
    expect(plain(formatPercent('nb', 0.0014))).toBe('0,14 %');
    expect(plain(formatPercent('nb', 0.125))).toBe('12,5 %');
    expect(formatPercent('en', 0.1)).toBe('10%');
    expect(formatPercent('nb', null)).toBe('–');
    expect(formatMonth('nb', '2026-03')).toBe('mars 2026');
    expect(formatMonth('en', '2026-03')).toBe('March 2026');
  });
});

describe('the dashboard’s tables', () => {
  const report = districtReport();
  const tables = allTables(nb, report, (row) => `/oslo/statistikk/enheter/${row.id}`);

  it('lists the units with their type, figures and a link each, and the district’s totals', () => {
    const rows = tables.rows;
    expect(rows.title).toBe('Tall per enhet');
    expect(rows.columns.map((c) => c.key)).toEqual([
      'unitType',
      'childrenServed',
      'activeLogs',
      'coverage',
      'opened',
      'closed',
      'holders',
    ]);
    expect(rows.rows[0]).toMatchObject({
      head: { text: 'Nordberg skole' },
      href: `/oslo/statistikk/enheter/${report.rows[0]!.id}`,
    });
    expect(rows.rows[0]!.cells.map((c) => c.text).map(plain)).toEqual([
      'Skole',
      '400',
      '50',
      '12,5 %',
      '6',
      '2',
      '3',
    ]);
    expect(rows.rows[2]!.cells[3]).toEqual({ value: null, text: '–' });
    expect(rows.total?.head.text).toBe('I alt');
    expect(rows.total?.cells[2]?.value).toBe(80);
  });

  it('sums the months for the monthly tables', () => {
    expect(tables.openedClosed.rows.map((r) => r.head.text)).toEqual([
      'januar 2026',
      'februar 2026',
      'mars 2026',
    ]);
    expect(tables.openedClosed.total?.cells.map((c) => c.value)).toEqual([7, 2]);
    expect(tables.evaluations.total?.cells.map((c) => c.value)).toEqual([2, 1, 1]);
    expect(tables.transfers.total?.cells.map((c) => c.value)).toEqual([1, 1]);
  });

  it('puts the most used category first and says where coverage lies against the goal', () => {
    expect(tables.categories.rows.map((r) => r.head.text)).toEqual([
      'Skolefravær',
      'Språk',
      'Motorikk',
    ]);
    expect(tables.coverage.rows.map((r) => r.cells.at(-1)?.text)).toEqual([
      'Når målet',
      'Under målet',
      '',
    ]);
  });

  it('shows holders by name only when the report has them (the unit’s own leader, S4)', () => {
    expect(tables.workload.headLabel).toBe('Enhet');
    const named = allTables(nb, {
      ...report,
      level: 'unit',
      rows: [report.rows[0]!],
      holders: [
        { id: report.rows[1]!.id, name: 'Ola Johansen', activeLogs: 2 },
        { id: report.rows[2]!.id, name: 'Anne Dahl', activeLogs: 5 },
      ],
    }).workload;
    expect(named.rows.map((r) => [r.head.text, r.cells[0]?.value])).toEqual([
      ['Anne Dahl', 5],
      ['Ola Johansen', 2],
    ]);
  });

  it('gives one CSV per table with the same numbers, percentages as numbers', () => {
    const { header, rows } = tableCsv(tables.coverage);
    expect(header).toEqual(['Enhet', 'Barn og unge', 'Aktive logger', 'Dekning (%)', 'Mot målet']);
    expect(rows[0]).toEqual(['Nordberg skole', 400, 50, 12.5, 'Når målet']);
    expect(rows.at(-1)?.[0]).toBe('I alt');
    expect(toCsv(header, rows)).toContain('Nordberg skole;400;50;12,5;Når målet\r\n');
    expect(csvFilename(report, 'coverage')).toBe(
      'stafett-coverage-nordre-aker-2026-01-2026-03.csv',
    );
  });

  it('names the columns in the page’s language', () => {
    expect(allTables(en, report).rows.columns[1]?.label).toBe('Children and young people');
  });
});

describe('the charts', () => {
  const report = districtReport();
  const tables = allTables(nb, report);

  it('draw every chart from its table’s own numbers', () => {
    expect(CHART_IDS).toEqual([
      'openedClosed',
      'coverage',
      'measures',
      'evaluations',
      'brightSpots',
      'categories',
      'transfers',
      'workload',
    ]);
    for (const id of CHART_IDS) {
      const spec = chartSpec(tables[id], report)!;
      expect(spec.labels).toEqual(tables[id].rows.map((r) => r.head.short ?? r.head.text));
      for (const dataset of spec.datasets) {
        const column = tables[id].columns.findIndex((c) => c.key === dataset.key);
        expect(dataset.data).toEqual(tables[id].rows.map((r) => r.cells[column]!.value));
      }
    }
  });

  it('draw coverage in percent with the goal line and the need band', () => {
    const spec = chartSpec(tables.coverage, report)!;
    expect(spec).toMatchObject({
      type: 'bar',
      percent: true,
      goal: { goal: 10, low: 20, high: 25 },
    });
    expect(spec.datasets[0]?.data).toEqual([12.5, 3, null]);
    expect(axisMax(spec)).toBe(25);
  });

  it('stack measures and outcomes, and reach the tallest stack', () => {
    const spec = chartSpec(tables.measures, report)!;
    expect(spec.stacked).toBe(true);
    expect(spec.datasets.map((d) => d.label)).toEqual(['Tjenesten', 'Hjemmet', 'Barnet']);
    expect(axisMax(spec)).toBe(10);
    expect(chartSpec(tables.evaluations, report)?.datasets.map((d) => d.color)).toEqual([5, 6, 7]);
    expect(chartSpec(tables.openedClosed, report)).toMatchObject({
      type: 'line',
      labels: ['jan. 2026', 'feb. 2026', 'mars 2026'],
    });
    expect(chartSpec(tables.categories, report)?.horizontal).toBe(true);
    expect(chartSpec(tables.rows, report)).toBeNull();
  });
});

describe('the one-line summaries', () => {
  const report = districtReport();
  const tables = allTables(nb, report);
  const summary = (id: keyof typeof tables) => plain(chartSummary(nb, report, tables[id]));

  it('say the totals and what stands out', () => {
    expect(summary('openedClosed')).toBe(
      'Fra januar 2026 til mars 2026 ble 7 logger opprettet og 2 avsluttet. Flest nye i februar 2026 (4).',
    );
    expect(summary('coverage')).toBe(
      'Dekningen i Nordre Aker er 5,7 %, under målet på 10 %. 1 av 2 enheter når målet på 10 %.',
    );
    expect(summary('measures')).toContain(
      'tjenesten har ansvaret for 6, hjemmet for 3 og barnet for 2',
    );
    expect(summary('evaluations')).toContain('2 virket, 1 virket delvis og 1 virket ikke');
    expect(summary('brightSpots')).toBe(
      '10 lysglimt fra januar 2026 til mars 2026, flest i mars 2026 (5).',
    );
    expect(summary('categories')).toBe(
      '2 kategorier har aktive oppmerksomheter; flest i Skolefravær (5).',
    );
    expect(summary('transfers')).toContain('1 logger overført inn og 1 overført ut');
    expect(summary('workload')).toBe(
      '4 stafettholdere har til sammen 80 aktive logger; den som har flest, har 30.',
    );
  });

  it('say so when there is nothing', () => {
    const empty = { ...report, monthly: [], categories: [] };
    const none = allTables(nb, empty);
    expect(chartSummary(nb, empty, none.brightSpots)).toBe(
      'Ingen lysglimt fra januar 2026 til mars 2026.',
    );
    expect(chartSummary(nb, empty, none.categories)).toBe(
      'Ingen kategorier har aktive oppmerksomheter nå.',
    );
  });

  it('place coverage in its band', () => {
    const at = (coverage: number | null) =>
      plain(coverageSentence(nb, { ...report, totals: { ...report.totals, coverage } }));
    expect(at(0.15)).toContain('målet på 10 % er nådd, men under forventet behov (20 %–25 %)');
    expect(at(0.22)).toContain('innenfor forventet behov');
    expect(at(0.3)).toContain('over forventet behov');
    expect(at(null)).toBe(
      'Nordre Aker har ikke registrert hvor mange barn og unge de gir tilbud til.',
    );
  });
});
