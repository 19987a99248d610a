import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { LocaleId } from '../../i18n/locales.ts';
import { lineColours, type Trend } from './chart-data.ts';

/**
 * The dashboard's two canvases, with only the parts of chart.js they use
 * registered, so the bundle stays near the tree-shaken size rather than
 * `chart.js/auto`'s. Loaded with a dynamic import: the page paints its
 * numbers and tables first. Every chart has a data table beside it, so
 * nothing is shown only on a canvas.
 */
Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const percentAxis = (locale: LocaleId) => {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return { beginAtZero: true, ticks: { callback: (value: string | number) => percent.format(Number(value)) } };
};

const tooltipPercent = (locale: LocaleId) => {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return { callbacks: { label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) => `${item.dataset.label ?? ''}: ${item.parsed.y === null ? '—' : percent.format(item.parsed.y)}` } };
};

/** Error rate over time, one line per key; a bucket with no commands is a gap, not a zero. */
export function drawTrend(canvas: HTMLCanvasElement, trend: Trend, locale: LocaleId): Chart<'line', (number | null)[], string> {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: [...trend.buckets],
      datasets: trend.lines.map((line, index) => ({
        label: line.label,
        data: [...line.rates],
        borderColor: lineColours[index % lineColours.length],
        backgroundColor: lineColours[index % lineColours.length],
        spanGaps: false,
        tension: 0.2,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale,
      scales: { y: percentAxis(locale) },
      plugins: { legend: { position: 'bottom' }, tooltip: tooltipPercent(locale) },
    },
  });
}

/** One bar per mistake code: its mistakes over all commands. */
export function drawCodeBars(canvas: HTMLCanvasElement, bars: readonly { readonly label: string; readonly rate: number | null }[], label: string, locale: LocaleId): Chart<'bar', (number | null)[], string> {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: bars.map((bar) => bar.label), datasets: [{ label, data: bars.map((bar) => bar.rate), backgroundColor: lineColours[1] }] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale,
      scales: { x: percentAxis(locale) },
      plugins: { legend: { display: false }, tooltip: tooltipPercent(locale) },
    },
  });
}
