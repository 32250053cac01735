import { DAY_MS } from './range';
import { formatDuration, formatRate } from './result';

/** Every text that comes from the records goes through this, in element content and in attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/** viewBox units; a chart in a half-width panel gets a narrower box, so its text keeps its size. */
export const FULL_WIDTH = 960;
export const HALF_WIDTH = 560;
const HEIGHT = 300;
const MARGIN = { left: 64, right: 20, top: 18, bottom: 44 };

export interface ChartPoint {
  /** Index of the time bucket. */
  readonly index: number;
  readonly value: number;
  /** The hover text (a `<title>`), plain; escaped here. */
  readonly title: string;
}

export interface ChartSeries {
  /** `data-series` of its points, and the CSS class that colours it. */
  readonly name: string;
  readonly points: readonly ChartPoint[];
}

export interface TimeChartOptions {
  readonly chart: 'executions' | 'durations';
  readonly label: string;
  readonly firstMs: number;
  readonly widthMs: number;
  readonly bucketCount: number;
  readonly series: readonly ChartSeries[];
  readonly formatValue: (value: number) => string;
  /** Joins points of non-adjacent buckets with a solid line; otherwise with a faint dashed one, as nothing was measured between them. */
  readonly continuous: boolean;
  readonly width: number;
}

/** Round axis steps (1, 2, 5 × 10^k) so that gridlines land on numbers people read at a glance. */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // Both charts count whole things (executions, milliseconds): a step below 1 would only repeat labels.
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw)!);
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step && ticks.length <= target + 2; tick += step) ticks.push(tick);
  return ticks;
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A line chart over the time buckets, one line and one point per bucket of each series, drawn in SVG. */
export function timeChart(options: TimeChartOptions): string {
  const { width } = options;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, options.bucketCount);
  const x = (index: number): number => MARGIN.left + (index + 0.5) * slot;
  const maxValue = Math.max(0, ...options.series.flatMap((series) => series.points.map((point) => point.value)));
  const ticks = niceTicks(maxValue);
  const top = ticks[ticks.length - 1];
  const y = (value: number): number => MARGIN.top + plotHeight * (1 - value / top);
  const parts: string[] = [];

  for (const tick of ticks) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>`);
    parts.push(`<text class="axis" x="${MARGIN.left - 10}" y="${round(y(tick) + 4)}" text-anchor="end">${escapeHtml(options.formatValue(tick))}</text>`);
  }
  parts.push(...timeAxis(options, x, HEIGHT - MARGIN.bottom));

  // Drawn last to first, so the first series (success) lies on top where lines share the zero line.
  for (const series of [...options.series].reverse()) {
    const sorted = [...series.points].sort((a, b) => a.index - b.index);
    let path = '';
    let gaps = '';
    sorted.forEach((point, position) => {
      const at = `${round(x(point.index))} ${round(y(point.value))}`;
      const previous = sorted[position - 1];
      if (previous && !options.continuous && point.index !== previous.index + 1) gaps += `M${round(x(previous.index))} ${round(y(previous.value))}L${at}`;
      path += `${previous && (options.continuous || point.index === previous.index + 1) ? 'L' : 'M'}${at}`;
    });
    if (gaps) parts.push(`<path class="gap s-${series.name}" d="${gaps}"/>`);
    if (path) parts.push(`<path class="line s-${series.name}" d="${path}"/>`);
  }
  // Points after every line, so no line covers a point's tooltip.
  const radius = options.bucketCount > 80 ? 2.6 : 3.6;
  for (const series of options.series) {
    for (const point of series.points) {
      parts.push(`<circle class="point s-${series.name}" data-series="${escapeHtml(series.name)}" cx="${round(x(point.index))}" cy="${round(y(point.value))}" r="${radius}"><title>${escapeHtml(point.title)}</title></circle>`);
    }
  }
  if (options.series.every((series) => series.points.length === 0)) {
    parts.push(`<text class="empty" x="${width / 2}" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle">no attempts in this range</text>`);
  }
  return `<svg data-chart="${options.chart}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeHtml(options.label)}" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>`;
}

/** About seven labels under the plot: times of day (the date under the first of each day), or dates for day buckets. */
function timeAxis(options: TimeChartOptions, x: (index: number) => number, baseline: number): string[] {
  const every = Math.max(1, Math.ceil(options.bucketCount / (options.width >= FULL_WIDTH ? 7 : 4)));
  const parts: string[] = [`<line class="baseline" x1="${MARGIN.left}" x2="${options.width - MARGIN.right}" y1="${baseline}" y2="${baseline}"/>`];
  let lastDay = '';
  for (let index = 0; index < options.bucketCount; index += every) {
    const iso = new Date(options.firstMs + index * options.widthMs).toISOString();
    const day = `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(8, 10)}`;
    const lines = options.widthMs >= DAY_MS ? [day] : day === lastDay ? [iso.slice(11, 16)] : [iso.slice(11, 16), day];
    lastDay = day;
    parts.push(`<line class="tick" x1="${round(x(index))}" x2="${round(x(index))}" y1="${baseline}" y2="${baseline + 5}"/>`);
    parts.push(`<text class="axis" x="${round(x(index))}" y="${baseline + 18}" text-anchor="middle">${lines
      .map((line, n) => `<tspan x="${round(x(index))}" dy="${n === 0 ? 0 : 14}">${line}</tspan>`).join('')}</text>`);
  }
  return parts;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface RateBar {
  readonly trigger: string;
  readonly rate: number;
  readonly ok: number;
  /** Ticks: runs and missed ticks. */
  readonly ticks: number;
}

/** One horizontal bar per trigger, its length the success rate, coloured green / amber / red at 99% and 90%. */
export function successRateChart(bars: readonly RateBar[], width: number): string {
  const row = 34;
  const labelWidth = Math.round(width * 0.3);
  const valueWidth = 70;
  const height = Math.max(row, bars.length * row) + 8;
  const barMax = width - labelWidth - valueWidth;
  const parts: string[] = [];
  bars.forEach((bar, index) => {
    const top = 4 + index * row;
    const fits = Math.floor(labelWidth / 8);
    const label = bar.trigger.length > fits ? `${bar.trigger.slice(0, fits - 1)}…` : bar.trigger;
    const title = `${bar.trigger}: ${formatRate(bar.rate)} (${bar.ok} of ${bar.ticks} ticks succeeded)`;
    const level = bar.rate >= 0.99 ? 'good' : bar.rate >= 0.9 ? 'warn' : 'bad';
    parts.push(`<text class="bar-label" x="0" y="${top + 21}"><title>${escapeHtml(bar.trigger)}</title>${escapeHtml(label)}</text>`);
    parts.push(`<rect class="track" x="${labelWidth}" y="${top + 6}" width="${barMax}" height="20" rx="6"/>`);
    // A zero-rate bar keeps a sliver, so it still has a size to hover.
    parts.push(`<rect class="bar ${level}" data-bar="${escapeHtml(bar.trigger)}" x="${labelWidth}" y="${top + 6}" width="${round(Math.max(3, bar.rate * barMax))}" height="20" rx="6"><title>${escapeHtml(title)}</title></rect>`);
    parts.push(`<text class="bar-value ${level}" x="${width - valueWidth + 12}" y="${top + 21}">${formatRate(bar.rate)}</text>`);
  });
  if (bars.length === 0) parts.push(`<text class="empty" x="${width / 2}" y="${row / 2 + 8}" text-anchor="middle">no ticks in this range</text>`);
  return `<svg data-chart="success-rate" viewBox="0 0 ${width} ${height}" role="img" aria-label="success rate per trigger" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>`;
}

/** Axis labels for durations: `0`, `500 ms`, `1.00 s`. */
export function durationTick(ms: number): string {
  return ms === 0 ? '0' : formatDuration(Math.round(ms));
}
