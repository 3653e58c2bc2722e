/**
 * Sends per day for the last 30 days, stacked by kind, as inline SVG (no chart library), with a
 * date under today's bar and under every seventh bar before it: weeks read back from today, as the
 * rolling week of the invitation limit counts.
 */
import type { SeriesDay } from '../../lib/pace/pace-summary';
import { SEND_KINDS, type SendKind } from '../../lib/pace/types';

const COLORS: Record<SendKind, string> = {
  'invite-note': 'var(--ll-accent)',
  invite: 'var(--ll-accent-soft)',
  message: 'var(--ll-free)',
  followup: 'var(--ll-warn)',
  inmail: 'var(--ll-locked)',
};

const WIDTH = 300;
const HEIGHT = 64;
const MARK_EVERY_DAYS = 7;

// Day keys ('YYYY-MM-DD') are dates in the user's zone already: formatted as UTC dates, they stay the same day.
// Built on first use, not as the popup's script loads (pace-dashboard.tsx says why).
let dayFormat: Intl.DateTimeFormat | undefined;
export function formatDay(day: string): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(Date.parse(`${day}T00:00:00Z`));
}

/** The bars that get a date: the last (today) and every MARK_EVERY_DAYS-th before it. */
export function markedDays(count: number): number[] {
  const marks: number[] = [];
  for (let index = count - 1; index >= 0; index -= MARK_EVERY_DAYS) marks.unshift(index);
  return marks;
}

export function PaceChart({ series, label }: { series: SeriesDay[]; label: string }) {
  const totals = series.map((day) => SEND_KINDS.reduce((sum, kind) => sum + day.counts[kind], 0));
  const max = Math.max(1, ...totals);
  const barWidth = WIDTH / Math.max(1, series.length);
  const first = series[0];
  const last = series.at(-1);
  const range = first && last ? ` (${formatDay(first.day)} – ${formatDay(last.day)})` : '';
  return (
    <figure class="ll-chart-figure">
      <svg class="ll-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${label}${range}`}>
        {series.map((day, index) => {
          let y = HEIGHT;
          return (
            <g key={day.day}>
              <title>{`${formatDay(day.day)}: ${totals[index]}`}</title>
              {SEND_KINDS.map((kind) => {
                const height = (day.counts[kind] / max) * (HEIGHT - 4);
                if (height === 0) return null;
                y -= height;
                return (
                  <rect
                    key={kind}
                    x={index * barWidth + 1}
                    y={y}
                    width={Math.max(1, barWidth - 2)}
                    height={height}
                    fill={COLORS[kind]}
                  />
                );
              })}
            </g>
          );
        })}
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} stroke="var(--ll-border)" />
      </svg>
      {/* The dates under their bars; the chart's label says the range to screen readers. */}
      <div class="ll-chart-marks" aria-hidden="true">
        {markedDays(series.length).map((index) => {
          const at = (index + 0.5) / series.length;
          // The first and last dates keep inside the chart's edges; the others centre on their bar.
          const align = at < 0.15 ? 'start' : at > 0.85 ? 'end' : 'center';
          const position = align === 'end' ? { right: '0' } : { left: `${(100 * at).toFixed(2)}%` };
          return (
            <span key={series[index]?.day} class="ll-chart-mark" data-align={align} style={position}>
              {series[index] ? formatDay(series[index].day) : ''}
            </span>
          );
        })}
      </div>
    </figure>
  );
}

export const CHART_COLORS = COLORS;
