/**
 * The questions-per-week chart: stacked bars (answered, clarified, not answered), drawn on the server as inline
 * SVG — no script, no dependency, printable. It carries a title and a description for screen readers, and the
 * page also gives the same numbers as a table.
 */
import { html, type Html } from './html.js';
import { formatNumber, t } from './text.js';

export interface WeekBar {
  week: string; // Monday, YYYY-MM-DD
  answer: number;
  clarify: number;
  fallback: number;
}

export const SERIES = [
  { key: 'answer', label: 'dashboard.answered', className: 'bar-answer' },
  { key: 'clarify', label: 'dashboard.clarified', className: 'bar-clarify' },
  { key: 'fallback', label: 'dashboard.unanswered', className: 'bar-fallback' },
] as const;

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 40;
const BOTTOM = 28;
const TOP = 10;

/** A round axis maximum: 1, 2, 5, 10, 20, 50... at or above the highest bar. */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

export function shortDate(isoDate: string): string {
  const [, m, d] = isoDate.split('-');
  return `${d}/${m}`;
}

export function weeksChart(weeks: readonly WeekBar[], id = 'chart-weeks'): Html {
  const max = niceMax(Math.max(0, ...weeks.map((w) => w.answer + w.clarify + w.fallback)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(weeks.length, 1);
  const barWidth = Math.max(4, slot * 0.6);
  const y = (n: number) => TOP + plotHeight - (n / max) * plotHeight;
  const bars = weeks.map((w, i) => {
    const x = LEFT + i * slot + (slot - barWidth) / 2;
    let base = 0;
    const rects = SERIES.map((s) => {
      const n = w[s.key];
      const rect = n > 0 ? html`<rect class="${s.className}" x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${((n / max) * plotHeight).toFixed(1)}"></rect>` : '';
      base += n;
      return rect;
    });
    // Every other week is labelled when there are many, always including the latest one.
    const label = weeks.length <= 8 || i % 2 === (weeks.length - 1) % 2 ? html`<text class="axis" x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${shortDate(w.week)}</text>` : '';
    return html`<g>${rects}${label}</g>`;
  });
  const ticks = [0, max / 2, max].map(
    (n) => html`<g><line class="grid" x1="${LEFT}" x2="${WIDTH}" y1="${y(n).toFixed(1)}" y2="${y(n).toFixed(1)}"></line><text class="axis" x="${LEFT - 6}" y="${(y(n) + 4).toFixed(1)}" text-anchor="end">${formatNumber(n)}</text></g>`,
  );
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
<title id="${id}-title">${t('dashboard.chartTitle')}</title>
<desc id="${id}-desc">${t('dashboard.chartDesc', { weeks: weeks.length })}</desc>
${ticks}${bars}
</svg>`;
}
