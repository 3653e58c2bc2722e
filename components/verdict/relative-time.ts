/** "9 days ago", "today", "in 3 days", in the browser's language. */
const DAY = 86_400_000;

let relative: Intl.RelativeTimeFormat | undefined;
let date: Intl.DateTimeFormat | undefined;

export function relativeDays(at: number, now: number): string {
  relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  return relative.format(Math.round((at - now) / DAY), 'day');
}

export function shortDate(at: number): string {
  date ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
  return date.format(at);
}
