/**
 * Folding, for the composer check's word lists: lower case, no accents, one kind of apostrophe and
 * space, so "Grüße" meets "grusse" and "I’m" meets "I'm"; `fold` also maps every folded unit back
 * to the original, to quote what was typed. And whole-word search on folded text: letters and
 * digits of any script count as word characters.
 */

interface Folded {
  text: string;
  from: number[];
}

const MARKS = /\p{M}/gu;
export const SPACE = /^\s$/u;
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u0060', '\u00b4', '\u2032']);
const APOSTROPHE_LIKE = new RegExp(`[${[...APOSTROPHES].join('')}]`, 'g');

function foldChar(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (APOSTROPHES.has(ch)) return "'";
  // Lower case first: "İ" lowers to "i" plus a dot, which NFKD then lets us drop.
  return ch.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** ASCII and Latin-1/Extended-A/B folded once, for `fold`'s character-by-character walk. */
const LATIN_TABLE_END = 0x250;
const LATIN_TABLE: readonly string[] = Array.from({ length: LATIN_TABLE_END }, (_, cp) =>
  foldChar(String.fromCharCode(cp)),
);

/**
 * The folded text alone, a whole string at a time (several times faster than `fold` on emoji or
 * Arabic). It gives exactly what `fold` gives: JavaScript's only context-dependent lower-casing is
 * the final sigma, folded to σ in both, and NFKD works code point by code point once marks are dropped.
 */
export function foldText(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase().replace(EXTRA_SPACE, ' ');
  return s
    .replace(APOSTROPHE_LIKE, "'")
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/\s+/gu, ' ');
}

/** Printable ASCII and ordinary whitespace: folding is then just lower case and one kind of space. */
const ASCII = /^[\t\n\v\f\r -~]*$/;
/** Runs of spaces, and single tabs or line breaks: what needs replacing by one space. */
const EXTRA_SPACE = /\s{2,}|[^\S ]/g;

/** The same folding, with the map back to the original (only needed to quote a phrase), up to `upTo` units. */
export function fold(s: string, upTo: number): Folded {
  const parts: string[] = [];
  const from: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length && from.length < upTo; ) {
    const cp = s.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const piece = cp < LATIN_TABLE_END ? (LATIN_TABLE[cp] ?? '') : foldChar(s.slice(i, i + width));
    if (piece !== ' ' || !lastSpace) {
      parts.push(piece);
      for (let k = 0; k < piece.length; k++) from.push(i);
    }
    if (piece !== '') lastSpace = piece === ' ';
    i += width;
  }
  return { text: parts.join(''), from };
}

export function foldPhrase(s: string): string {
  return foldText(s).trim();
}

export function foldList(list: readonly string[]): string[] {
  return [...new Set(list.map(foldPhrase).filter((p) => p !== ''))];
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
export const NON_WORD = /[^\p{L}\p{N}]+/u;
const LETTER = /\p{L}/gu;

/** Index of the first whole-word occurrence of `needle` in `hay`, or -1. */
export function findWord(hay: string, needle: string): number {
  if (needle === '') return -1;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) {
    if (isWholeWord(hay, i, i + needle.length)) return i;
  }
  return -1;
}

export function isWholeWord(hay: string, start: number, end: number): boolean {
  return !WORD_END.test(hay.slice(Math.max(0, start - 2), start)) && !WORD_START.test(hay.slice(end, end + 2));
}

export function letterCount(s: string): number {
  return s.match(LETTER)?.length ?? 0;
}
