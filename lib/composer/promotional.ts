/**
 * Promotional phrases: the page language's list first, then English. One alternation per language
 * finds candidates in a single pass; each is then checked for whole words.
 */
import { fold, foldList, isWholeWord } from './fold';
import { PROMOTIONAL_PHRASES, WORD_LIST_LANGUAGES, type WordListLanguage } from './word-lists';

interface PhraseSet {
  /** Longest first, so "Rabattcode" is preferred to "Rabatt" where both fit. */
  phrases: string[];
  pattern: RegExp | null;
}

function phraseSet(list: readonly string[]): PhraseSet {
  const phrases = foldList(list).sort((a, b) => b.length - a.length);
  const source = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return { phrases, pattern: phrases.length > 0 ? new RegExp(source, 'g') : null };
}

const PROMOTIONAL = Object.fromEntries(
  WORD_LIST_LANGUAGES.map((l) => [l, phraseSet(PROMOTIONAL_PHRASES[l])]),
) as Record<WordListLanguage, PhraseSet>;

/** The earliest whole-word phrase of the set in `hay`, longest first at one position. */
function findFirstPhrase(hay: string, set: PhraseSet): { at: number; length: number } | null {
  const { pattern } = set;
  if (pattern === null) return null;
  // A fresh copy keeps the shared pattern's lastIndex out of the picture (and re-entrancy safe).
  const scan = new RegExp(pattern);
  for (let match = scan.exec(hay); match !== null; match = scan.exec(hay)) {
    const at = match.index;
    for (const phrase of set.phrases) {
      if (hay.startsWith(phrase, at) && isWholeWord(hay, at, at + phrase.length)) return { at, length: phrase.length };
    }
    scan.lastIndex = at + 1;
  }
  return null;
}

export function firstPromotionalPhrase(raw: string, folded: string, langs: WordListLanguage[]): string | null {
  for (const lang of langs) {
    const found = findFirstPhrase(folded, PROMOTIONAL[lang]);
    if (found !== null) return typedSlice(raw, found.at, found.at + found.length);
  }
  return null;
}

/** The original text behind folded[start, end), with its spacing tidied, to quote it back. */
function typedSlice(raw: string, start: number, end: number): string {
  const folded = fold(raw, end);
  const from = folded.from[start] ?? 0;
  const last = folded.from[end - 1] ?? from;
  const to = last + ((raw.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  return raw.slice(from, to).replace(/\s+/gu, ' ').trim();
}
