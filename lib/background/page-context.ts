/**
 * `page-context`: every LinkedIn page asks for the salt as it starts (cheap on purpose); a profile
 * also asks, by its slug, for what its hint needs while its top card is still on the way; a
 * people list asks whether to mark its cards.
 */

import { canonicalName } from '../linkedin-urls';
import { CHIP_KEYS, formatKey } from '../messages/format';
import type { Ledger } from '../pace/ledger';
import type { LastContact, PageContext } from '../protocol/answers';
import type { PageContextQuery } from '../protocol/schemas';
import type { Settings } from '../settings/schema';
import { dismissKey } from '../storage/dismissed-hints';
import type { State } from './state';
import { lastContactWith } from './viewer';

/** The chip's (and a list mark's) first texts, in the user's language. */
export const chipTexts = (): Record<string, string> => Object.fromEntries(CHIP_KEYS.map((k) => [k, formatKey(k)]));

export async function pageContext(
  state: Pick<State, 'settings' | 'ledger' | 'hiddenHints'>,
  { slug, list }: PageContextQuery,
): Promise<PageContext> {
  if (list) {
    const [settings, ledger] = await Promise.all([state.settings(), state.ledger.load()]);
    const show = settings.listMarks && !settings.quietMode;
    return { salt: ledger.salt, list: { show, texts: show ? chipTexts() : {} } };
  }
  if (slug === undefined) return { salt: (await state.ledger.load()).salt };
  const [settings, ledger, hidden] = await Promise.all([state.settings(), state.ledger.load(), state.hiddenHints()]);
  const key = canonicalName(slug) ?? slug;
  return profileContext(key, settings, ledger, hidden, lastContactWith(ledger, key));
}

/** What the hint of the profile with this (canonical) vanity name needs before its top card is read. */
export function profileContext(
  key: string,
  settings: Settings,
  ledger: Ledger,
  hidden: readonly string[],
  lastContact: LastContact,
): PageContext {
  const showHint = settings.hintsEnabled && !settings.quietMode && !hidden.includes(dismissKey(key, ledger.salt));
  return { salt: ledger.salt, profile: { showHint, lastContact, chipTexts: showHint ? chipTexts() : {} } };
}
