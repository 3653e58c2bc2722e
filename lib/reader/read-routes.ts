/**
 * Free routes to a member that LinkedIn may show beyond the shared group (read-cards.ts): a
 * company the owner shares with the viewer, in the owner's Highlights card. Modelled markup
 * (selectors.ts): found means true, absent means only that the reader saw none.
 */
import type { Highlight, Signal } from '../signals';
import { queryEntry } from './dom';
import { found } from './make-signal';
import { PAGE } from './selectors';

/**
 * The owner's highlights with `shared-company` added where the Highlights card links a company.
 * `column` holds the owner's cards (read-cards.ts): the whole page need not be searched.
 */
export function withSharedCompany(column: Element | null, highlights: Signal<Highlight[]>): Signal<Highlight[]> {
  const company = column && queryEntry(column, 'sharedCompanyLink', PAGE.sharedCompanyLink);
  if (!company || highlights.value === null) return highlights;
  return found([...highlights.value, 'shared-company'], ...highlights.evidence, company.evidence);
}
