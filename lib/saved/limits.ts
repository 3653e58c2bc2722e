/**
 * The saved list's bounds, apart from its zod schema (schema.ts): the popup uses them without
 * loading zod, whose schemas cost ~2 ms to build when its page opens (BENCHMARKS.md, 2026-11-22).
 */
export const MAX_SAVED = 2000;
export const MAX_NOTE = 280;
