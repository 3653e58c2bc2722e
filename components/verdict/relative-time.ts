/** "9 days ago", "today", "in 3 days", in the browser's language. */
const DAY = 86_400_000;

export function relativeDays(at: number, now: number): string {
  const days = Math.round((at - now) / DAY);
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day');
}

export function shortDate(at: number): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(at);
}
