/**
 * Personalization: whether a text names the recipient's first name, their company, or a telling
 * word of their headline.
 */

import { findWord, foldList, foldPhrase, letterCount, NON_WORD } from './fold';
import type { ComposerRecipient } from './types';
import { COMMON_WORDS, COMPANY_SUFFIXES } from './word-lists';

/** Headline and company words shorter than this are too common to count as personalization. */
const MIN_FACT_LETTERS = 4;
/** Bounds on caller-provided facts, so an odd profile cannot make a keystroke slow. */
const MAX_FACTS = 64;
export const MAX_FACT_LENGTH = 100;

const COMMON_SET = new Set(foldList(COMMON_WORDS));
const SUFFIX_SET = new Set(foldList(COMPANY_SUFFIXES));

function recipientFacts(recipient: ComposerRecipient | undefined): string[] {
  const facts = new Set<string>();
  const name =
    typeof recipient?.firstName === 'string' ? foldPhrase(recipient.firstName.slice(0, MAX_FACT_LENGTH)) : '';
  if (letterCount(name) >= 2) facts.add(name);

  if (typeof recipient?.company === 'string') {
    const words = foldPhrase(recipient.company.slice(0, MAX_FACT_LENGTH)).split(NON_WORD).filter(Boolean);
    while (words.length > 1 && SUFFIX_SET.has(words[words.length - 1] ?? '')) words.pop();
    const company = words.join(' ');
    if (letterCount(company) >= 2) facts.add(company);
    for (const word of words) if (isTellingWord(word)) facts.add(word);
  }

  const headline = Array.isArray(recipient?.headlineWords) ? recipient.headlineWords.slice(0, MAX_FACTS) : [];
  for (const entry of headline) {
    if (typeof entry !== 'string') continue;
    for (const word of foldPhrase(entry.slice(0, MAX_FACT_LENGTH)).split(NON_WORD)) {
      if (isTellingWord(word)) facts.add(word);
    }
  }
  return [...facts].slice(0, MAX_FACTS);
}

function isTellingWord(word: string): boolean {
  return letterCount(word) >= MIN_FACT_LETTERS && !COMMON_SET.has(word);
}

export function isPersonal(foldedText: string, recipient: ComposerRecipient | undefined): boolean {
  const facts = recipientFacts(recipient);
  // With no facts at all (the reader found no name, company or headline) the checker cannot tell
  // a personal text from a generic one, so it stays quiet rather than guess.
  if (facts.length === 0) return true;
  return facts.some((fact) => findWord(foldedText, fact) !== -1);
}
