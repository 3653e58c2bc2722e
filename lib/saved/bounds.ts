/**
 * The saved list's bounds, apart from its zod schema (schema.ts): the popup uses them without
 * loading zod, whose schemas take time to build as its page opens.
 */
export const MAX_SAVED = 2000;
export const MAX_NOTE = 280;
/**
 * How many saved people the popup is sent as it opens (due follow-ups first); the rest come when
 * the user asks. The whole list, up to MAX_SAVED people, is hundreds of kilobytes to clone into the
 * popup and to keep in its snapshot.
 */
export const SHOWN_AT_FIRST = 20;
