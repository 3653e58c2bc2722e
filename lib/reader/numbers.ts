/**
 * Numbers as LinkedIn prints them in each language: 1,234 (en), 1.234 (de, es, pt), 2 345 (fr,
 * with a narrow no-break space), "500+" (a lower bound), and abbreviated "12K" / "1,2 M".
 */
import type { Count } from '../signals';

const GROUPED = /^\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+$/;
const ABBREVIATED = /^(\d+(?:[.,]\d+)?)\s*(k|m|mio\.?|mil)$/i;

/** Counts beyond what a number holds exactly are not counts LinkedIn shows: "could not tell". */
const safe = (count: Count | null): Count | null => (count && Number.isSafeInteger(count.count) ? count : null);

export function parseCount(raw: string): Count | null {
  return safe(parseCountUnchecked(raw));
}

function parseCountUnchecked(raw: string): Count | null {
  const text = raw.replace(/[\u00A0\u202F]/g, ' ').trim();
  const plus = text.endsWith('+');
  const body = plus ? text.slice(0, -1).trim() : text;
  if (/^\d+$/.test(body)) return { count: Number(body), atLeast: plus };
  if (GROUPED.test(body)) return { count: Number(body.replace(/\D/g, '')), atLeast: plus };
  const abbreviated = ABBREVIATED.exec(body);
  if (abbreviated?.[1] && abbreviated[2]) {
    const value = Number(abbreviated[1].replace(',', '.'));
    const unit = abbreviated[2].toLowerCase();
    const factor = unit === 'k' || unit === 'mil' ? 1_000 : 1_000_000;
    // "12K" hides the exact figure: keep it as a lower bound.
    return { count: Math.round(value * factor), atLeast: true };
  }
  return null;
}

/** The first whole number inside a sentence ("… and 4 other mutual connections"), or null. */
export function firstInteger(text: string): number | null {
  const match = /\d{1,3}(?:[.,\u00A0\u202F]\d{3})+|\d+/.exec(text);
  const value = match ? Number(match[0].replace(/\D/g, '')) : null;
  return value !== null && Number.isSafeInteger(value) ? value : null;
}
