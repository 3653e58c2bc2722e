/**
 * Facts about the profile's owner that a message can mention to be personal: first name,
 * current company, school, headline. Used only in memory by the composer checker while the
 * user writes; never stored or sent anywhere.
 */
import { closestEntry, foldedText, queryEntry, queryEntryAll } from './dom';
import { DEGREE_TEXT, TOP_CARD } from './selectors';

export interface RecipientFacts {
  firstName: string | null;
  company: string | null;
  /** Words of the headline and the school, for "something from their profile". */
  headlineWords: string[];
}

function chipName(topCard: Element, entry: 'companyChip' | 'schoolChip'): string | null {
  const icon = queryEntry(topCard, entry, TOP_CARD[entry])?.element;
  const chip = icon ? closestEntry(icon, TOP_CARD.chip) : null;
  const name = chip?.querySelector('p');
  return name ? foldedText(name) || null : null;
}

/** The headline is the paragraph right after the name row (the row holding the degree label). */
function headline(topCard: Element): string | null {
  const degree = queryEntryAll(topCard, 'degreeParagraph', TOP_CARD.degreeParagraph).find(
    (m) => DEGREE_TEXT.test(foldedText(m.element)) && !m.element.parentElement?.matches('[data-display-contents]'),
  );
  const next = degree?.element.parentElement?.nextElementSibling;
  return next?.matches('p') ? foldedText(next) || null : null;
}

export function readRecipientFacts(topCard: Element): RecipientFacts {
  const name = queryEntry(topCard, 'name', TOP_CARD.name);
  const firstName = name ? (foldedText(name.element).split(' ')[0] ?? null) : null;
  const school = chipName(topCard, 'schoolChip');
  const words = [headline(topCard), school].filter((t): t is string => t !== null).join(' ');
  return {
    firstName: firstName || null,
    company: chipName(topCard, 'companyChip'),
    headlineWords: words.split(/[\s,·|/()]+/).filter((w) => w.length > 0),
  };
}
