/**
 * The reason up front: the first real sentence (after a salutation such as "Hi Anna,") should say
 * why the user is writing, or ask a question, which usually does the same.
 */
import { findWord, foldList, foldPhrase, NON_WORD, SPACE } from './fold';
import { MAX_FACT_LENGTH } from './personal';
import type { ComposerRecipient } from './types';
import { ABBREVIATIONS, GREETINGS, REASON_CUES, WORD_LIST_LANGUAGES, type WordListLanguage } from './word-lists';

/** The "first sentence" looked at for a reason; a run-on opening is judged on its start. */
const FIRST_SENTENCE_CAP = 200;

const REASONS = Object.fromEntries(WORD_LIST_LANGUAGES.map((l) => [l, foldList(REASON_CUES[l])])) as Record<
  WordListLanguage,
  string[]
>;
const GREETING_LIST = foldList(GREETINGS);
const ABBREVIATION_SET = new Set(foldList(ABBREVIATIONS));

const TERMINATORS = new Set(['!', '?', '\n', '\r', '\u2026', '\u3002', '\uff01', '\uff1f', '\u2028', '\u2029']);
const QUESTION_MARKS = /[?\uff1f]/;
const MAX_SALUTATION_WORDS = 4;
/** Sentences looked at, at most, while skipping salutation lines ("Hi Anna," "Dear team,"). */
const MAX_SEGMENTS = 4;

interface Segment {
  text: string;
  question: boolean;
}

/**
 * The first sentence that is not a salutation (or the last one looked at), folded and capped.
 * Sentences end at ! ? line breaks and full stops.
 */
function firstSentence(raw: string, firstName: string): Segment | null {
  let last: Segment | null = null;
  let seen = 0;
  let start = 0;
  let i = 0;
  while (start < raw.length && seen < MAX_SEGMENTS) {
    const ch = raw[i];
    const ends = ch === undefined || TERMINATORS.has(ch) || (ch === '.' && isFullStop(raw, i));
    if (!ends && i - start < FIRST_SENTENCE_CAP * 2) {
      i++;
      continue;
    }
    let j = i;
    while (j < raw.length && (TERMINATORS.has(raw[j] ?? '') || raw[j] === '.')) j++;
    const segment = toSegment(raw.slice(start, i), QUESTION_MARKS.test(raw.slice(i, j)));
    start = j;
    i = Math.max(j, i + 1);
    if (segment === null) continue;
    seen++;
    last = segment;
    if (!isSalutation(segment.text, firstName)) return segment;
  }
  return last;
}

function toSegment(piece: string, question: boolean): Segment | null {
  const capped = piece.length > FIRST_SENTENCE_CAP ? Array.from(piece).slice(0, FIRST_SENTENCE_CAP).join('') : piece;
  const text = foldPhrase(capped);
  return text === '' ? null : { text, question: question || text.includes('\u00bf') };
}

/** A "." ends a sentence when a space or the end follows, and it does not close "Dr." or "e.g.". */
function isFullStop(raw: string, i: number): boolean {
  const next = raw[i + 1];
  if (next !== undefined && !SPACE.test(next)) return false;
  const before = /[\p{L}.]+$/u.exec(raw.slice(Math.max(0, i - 8), i))?.[0] ?? '';
  return !ABBREVIATION_SET.has(foldPhrase(before));
}

function isSalutation(segment: string, firstName: string): boolean {
  const words = segment.split(NON_WORD).filter(Boolean);
  if (words.length > MAX_SALUTATION_WORDS) return false;
  if (firstName !== '' && words.join(' ') === firstName) return true;
  return GREETING_LIST.some((g) => segment.startsWith(g) && findWord(segment, g) === 0);
}

export function statesReason(
  raw: string,
  langs: WordListLanguage[],
  recipient: ComposerRecipient | undefined,
): boolean {
  const firstName =
    typeof recipient?.firstName === 'string' ? foldPhrase(recipient.firstName.slice(0, MAX_FACT_LENGTH)) : '';
  const first = firstSentence(raw, firstName);
  if (first === null || first.question) return true;
  return langs.some((lang) => REASONS[lang].some((cue) => findWord(first.text, cue) !== -1));
}
