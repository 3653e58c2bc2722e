/** Sends per day for the last 30 days, stacked by kind, as inline SVG (no chart library). */
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

export function PaceChart({ series, label }: { series: SeriesDay[]; label: string }) {
  const totals = series.map((day) => SEND_KINDS.reduce((sum, kind) => sum + day.counts[kind], 0));
  const max = Math.max(1, ...totals);
  const barWidth = WIDTH / Math.max(1, series.length);
  return (
    <svg class="ll-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {series.map((day, index) => {
        let y = HEIGHT;
        return (
          <g key={day.day}>
            <title>{`${day.day}: ${totals[index]}`}</title>
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
  );
}

export const CHART_COLORS = COLORS;
