/**
 * The saved list's bounds, apart from its zod schema (schema.ts): the popup uses them without
 * loading zod, whose schemas cost ~2 ms to build when its page opens (BENCHMARKS.md, 2026-11-22).
 */
export const MAX_SAVED = 2000;
export const MAX_NOTE = 280;
/**
 * How many saved people the popup is sent as it opens (due follow-ups first); the rest come when
 * the user asks. With 2,000 people the whole list was ~770 kB to clone into the popup and to keep
 * in its snapshot (2026-12-05).
 */
export const SHOWN_AT_FIRST = 20;
