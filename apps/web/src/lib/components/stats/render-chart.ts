import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { axisMax, type ChartSpec } from '$lib/stats/charts';

/**
 * Draws a dashboard chart with chart.js, loaded in the browser only. Only the pieces used are
 * registered: bar and line charts on category and linear scales, with legend and tooltips.
 */
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11); the series always have a
 * legend and a table too, so colour is never the only way to tell them apart. 5–7 are the
 * evaluation outcomes: worked (green), partly (amber), did not work (red).
 */
export const PALETTE = [
  '#1f5fa6',
  '#b4490f',
  '#6b3fa0',
  '#0f6e68',
  '#8a5a00',
  '#1c7c3a',
  '#946200',
  '#b3261e',
];
const GOAL_COLOR = '#1d2433';
const BAND_COLOR = 'rgba(28, 124, 58, 0.16)';

export interface ChartText {
  /** The number format of the page's language (nb-NO, nn-NO, en-GB). */
  locale: string;
  goalLabel: string;
  bandLabel: string;
}

/** The goal line (dashed) and the expected-need band (shaded) behind the coverage bars. */
function goalPlugin(goal: NonNullable<ChartSpec['goal']>, horizontal: boolean, text: ChartText) {
  const plugin: Plugin<'bar'> = {
    id: 'stafettGoal',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const scale = chart.scales[horizontal ? 'x' : 'y'];
      if (!scale) return;
      const low = scale.getPixelForValue(goal.low);
      const high = scale.getPixelForValue(goal.high);
      const line = scale.getPixelForValue(goal.goal);
      ctx.save();
      ctx.fillStyle = BAND_COLOR;
      if (horizontal) ctx.fillRect(low, area.top, high - low, area.bottom - area.top);
      else ctx.fillRect(area.left, high, area.right - area.left, low - high);
      ctx.strokeStyle = GOAL_COLOR;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      if (horizontal) {
        ctx.moveTo(line, area.top);
        ctx.lineTo(line, area.bottom);
      } else {
        ctx.moveTo(area.left, line);
        ctx.lineTo(area.right, line);
      }
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = GOAL_COLOR;
      ctx.font = '12px system-ui, sans-serif';
      if (horizontal) {
        ctx.fillText(text.goalLabel, line + 4, area.top + 12);
        // Right-aligned to the band's end, so a narrow band on a phone keeps its words inside.
        ctx.textAlign = 'right';
        ctx.fillText(text.bandLabel, high - 2, area.bottom - 4);
      } else {
        ctx.textAlign = 'right';
        ctx.fillText(text.goalLabel, area.right - 4, line - 4);
        ctx.fillText(text.bandLabel, area.right - 4, high + 14);
      }
      ctx.restore();
    },
  };
  return plugin;
}

/** A long name on a horizontal chart's axis wraps into lines instead of being cut off. */
export function wrapLabel(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function chartConfig(spec: ChartSpec, text: ChartText): ChartConfiguration {
  const reduceMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const percent = (value: number | string) =>
    `${new Intl.NumberFormat(text.locale, { maximumFractionDigits: 2 }).format(Number(value))} %`;
  const max = axisMax(spec);

  return {
    type: spec.type,
    data: {
      labels: spec.horizontal ? spec.labels.map((l) => wrapLabel(l)) : spec.labels,
      datasets: spec.datasets.map((d) => {
        const color = PALETTE[d.color % PALETTE.length]!;
        return {
          label: d.label,
          data: d.data,
          backgroundColor: color,
          borderColor: color,
          borderWidth: spec.type === 'line' ? 2 : 0,
          pointRadius: spec.type === 'line' ? 3 : undefined,
          pointStyle:
            spec.type === 'line'
              ? (['circle', 'rect', 'triangle'][d.color % 3] as 'circle')
              : undefined,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: text.locale,
      animation: reduceMotion ? false : { duration: 300 },
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: {
        // Every name along the y axis; months along the x axis upright, skipped when narrow
        // (the table has them all).
        [categoryAxis]: {
          stacked: spec.stacked,
          ticks: spec.horizontal ? { autoSkip: false } : { autoSkip: true, maxRotation: 0 },
        },
        [valueAxis]: {
          stacked: spec.stacked,
          beginAtZero: true,
          // Room above the tallest bar, and for the need band on the coverage chart.
          suggestedMax: spec.percent ? Math.ceil(max * 1.15) : undefined,
          ticks: spec.percent ? { callback: percent } : { precision: 0 },
        },
      },
      plugins: {
        legend: {
          display: spec.datasets.length > 1,
          position: 'bottom',
          labels: { usePointStyle: spec.type === 'line' },
        },
        tooltip: spec.percent
          ? {
              callbacks: {
                label: (item) =>
                  `${item.dataset.label ?? ''}: ${percent(item.parsed[valueAxis] ?? 0)}`,
              },
            }
          : {},
      },
    },
    plugins: spec.goal ? [goalPlugin(spec.goal, spec.horizontal, text) as Plugin] : [],
  };
}

export function renderChart(canvas: HTMLCanvasElement, spec: ChartSpec, text: ChartText): Chart {
  return new Chart(canvas, chartConfig(spec, text));
}
