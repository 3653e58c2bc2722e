/**
 * List marks, on people search results and My Network: a small check (free to message) or lock
 * (locked) beside each person's action, and nothing where the card cannot be read.
 *
 * A card is read from its own markup (lib/reader/read-list-card.ts) once it is on screen (one
 * IntersectionObserver): its mark goes in at once, from the page alone (degree and Pending, as the
 * profile's chip: messagingFrom), and one message per batch of cards asks the background for their
 * verdicts (the same evaluator as a profile's), which give each mark its line ("Locked: not
 * connected · Connect with a note (free)") and its panel, the profile's own (HintPanel), with Save
 * for later. One MutationObserver follows the list as LinkedIn renders it: added cards (lazy
 * loading, a new filter) are watched; a card re-rendered for someone else, or with another action,
 * is read again; a mark leaves with its card. Nothing is scrolled, clicked or loaded, and nothing
 * is kept about anyone: the marks live as long as the page's cards.
 */
import markCss from '../../components/hint/mark.css?inline';
import type { SaveFields, SaveOutcome } from '../../components/hint/save-form';
import { messagingFrom } from '../evaluator/messaging';
import type { ProfileKey } from '../linkedin-urls';
import type { ListedAnswer, PageContext } from '../protocol/answers';
import type { ListedPerson } from '../protocol/schemas';
import { pageTheme, stableContainer } from '../reader/page-parts';
import { cardPerson, cardsIn, firstAction, readListCard } from '../reader/read-list-card';
import { readLanguage } from '../reader/read-profile';
import { dismiss } from '../storage/dismissed-hints';
import { verdictIcon } from './hint-chip';
import { type HintProps, type MountedHint, mountPanelButton } from './hint-ui';

/** Custom element name of a mark's host: says nothing about LockLens. */
export const MARK_HOST_NAME = 'aside-note-tag';

/**
 * The marks on screen ask for their verdicts (their lines) once no card has come on screen for
 * VERDICT_QUIET_MS, and at the latest VERDICT_WAIT_MS after the first of them while cards keep
 * coming (a long scroll). Each message has a cost of its own (~0.4–1 ms of the content script's
 * time in Chromium, 2026-12): a 50 ms batch sent 14 messages for the bench's 50 cards.
 */
export const VERDICT_QUIET_MS = 100;
export const VERDICT_WAIT_MS = 400;

interface MarkProps extends HintProps {
  /** The mark's tooltip and accessible name. */
  label: string;
}

export interface ListMarksOptions {
  signal: AbortSignal;
  /** What the page needs up front: the salt, and whether to mark lists at all (`PageContext.list`). */
  context: Promise<PageContext>;
  report: (cards: ListedPerson[]) => Promise<(ListedAnswer | null)[] | null>;
  save: (fields: SaveFields, person: ListedPerson) => Promise<SaveOutcome>;
}

/** What a card showed when it was read: its person and first action (null: none). */
type Seen = { key: ProfileKey | null; action: Element | null };

/** The mark's button: the verdict's icon, its line as tooltip and accessible name. */
function paintMark(button: HTMLButtonElement, { messaging, label }: MarkProps): void {
  button.replaceChildren(verdictIcon(messaging));
  button.title = label;
  button.setAttribute('aria-label', label);
}

/** Takes a card's mark away (and any a previous copy of LockLens left there: Firefox keeps them on update). */
const unmark = (card: Element) => {
  for (const host of card.querySelectorAll(MARK_HOST_NAME)) host.remove();
};

export async function showListMarks({ signal, context, report, save }: ListMarksOptions): Promise<void> {
  const page = await context.catch(() => null);
  if (signal.aborted || !page?.list?.show) return;
  // The marks' first words, worded by the background (the chip's): no i18n lookup in the page.
  const { texts } = page.list;
  const language = readLanguage(document);
  const unanswered = { verdict: null, lastContact: null, saved: null, theme: pageTheme(document) };
  const seen = new WeakMap<Element, Seen>();

  /**
   * The marks waiting for their verdicts: asked for together once cards stop coming on screen
   * (while the user scrolls, they come a few at a time: one message, not one for each few).
   */
  let waiting: [MountedHint<MarkProps>, MarkProps, ListedPerson][] = [];
  let firstWaiting = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fillIn = async () => {
    const shown = waiting;
    waiting = [];
    timer = undefined;
    const answers = await report(shown.map(([, , person]) => person));
    if (signal.aborted) return;
    for (const [index, [mark, props]] of shown.entries()) {
      const answer = answers?.[index];
      // null: the user hid this person's hint; no answer at all: the panel says it could not explain.
      if (answers && !answer) mark.remove();
      else mark.update({ ...props, ...(answer ?? { unavailable: true }) });
    }
  };

  /** Cards now on screen, not read yet: each is read and marked from the page alone; its verdict fills in later. */
  const markCards = (elements: Element[]) => {
    const waited = waiting.length;
    for (const element of elements) {
      if (seen.has(element)) continue;
      unmark(element);
      const card = readListCard(element, language);
      // A card read is its person's (cardPerson), one not read is looked at for whom it names.
      seen.set(element, { key: card ? card.key : cardPerson(element), action: firstAction(element) });
      if (!card) continue;
      const messaging = messagingFrom(card.signals.degree.value, card.signals.pending.value === true);
      if (messaging === 'unknown') continue;
      const person: ListedPerson = { slug: card.key.slice(2), name: card.name, signals: card.signals };
      const props: MarkProps = {
        ...unanswered,
        messaging,
        label: texts[`messaging.${messaging}`] ?? messaging,
        now: Date.now(),
        onSave: (fields) => save(fields, person),
        // The card's own action is right beside its mark: the panel points at nothing else.
        hasControl: () => false,
        showControl: () => {},
        hideLabel: 'ui.hide-for-person',
        onDismiss: () => {
          unmark(element);
          void dismiss(person.slug, page.salt).catch(() => {});
        },
      };
      if (waiting.length === 0) firstWaiting = Date.now();
      waiting.push([
        mountPanelButton(props, MARK_HOST_NAME, markCss, paintMark, (host) => card.action.before(host)),
        props,
        person,
      ]);
    }
    if (waiting.length === waited) return;
    clearTimeout(timer);
    const wait = Math.min(VERDICT_QUIET_MS, firstWaiting + VERDICT_WAIT_MS - Date.now());
    timer = setTimeout(() => void fillIn().catch(() => {}), Math.max(0, wait));
  };

  // Every card is watched until it comes on screen and is read (then it is let go: its leaving
  // the screen, and coming back, change nothing).
  const onScreen = new IntersectionObserver((entries) => {
    const shown = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
    for (const card of shown) onScreen.unobserve(card);
    markCards(shown);
  });
  /**
   * A card new or touched: if it now shows another person or action than when it was read, its mark
   * goes at once and it is read again once on screen (observing it anew reports it); a card not
   * read yet is watched until it comes on screen.
   */
  const check = (card: Element) => {
    const was = seen.get(card);
    if (was) {
      if (was.action === firstAction(card) && was.key === cardPerson(card)) return;
      unmark(card);
      seen.delete(card);
    }
    // Observing a card already watched (not on screen yet) changes nothing; a card read was let go.
    onScreen.observe(card);
  };

  // Where the page changed (cards added or taken out, a link re-pointed): the cards there.
  const changes = new MutationObserver((records) => {
    const targets = new Set<Element>();
    // A mark going in changes nothing of its card.
    for (const record of records) {
      if ((record.addedNodes[0] as Element | undefined)?.localName !== MARK_HOST_NAME)
        targets.add(record.target as Element);
    }
    for (const card of new Set([...targets].flatMap(cardsIn))) check(card);
  });
  const root = stableContainer(document);
  changes.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  for (const card of cardsIn(root)) check(card);

  signal.addEventListener(
    'abort',
    () => {
      changes.disconnect();
      onScreen.disconnect();
      unmark(document.documentElement);
    },
    { once: true },
  );
}
