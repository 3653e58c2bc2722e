/**
 * The top card's degree and action row: Message, Connect, Pending, Follow, More.
 * "Primary" is the first action in DOM order (the only stable sign of it, 2026-03).
 *
 * In the 2026 layout every action has a hook that holds in any language (an href, an icon id), so
 * an action not found is not there. The Ember layout names most of its actions only in English
 * aria-labels: there an action not found is "could not tell" (`unknown-language:<action>`) unless
 * the page is in English and its labels say so.
 */
import type { ConnectOffer, Degree, Signal } from '../signals';
import { documentOrder, foldedText, isHiddenByMarkup, type Match, queryEntry, queryEntryAll } from './dom';
import { found, unknown } from './make-signal';
import {
  DEGREE_TEXT,
  LABELS,
  type LabelTable,
  PAGE,
  type SelectorAlternative,
  TOP_CARD,
  TOP_CARD_KEY,
  type TopCardEntry,
} from './selectors';

type RowKey = 'message' | 'connect' | 'pending' | 'follow' | 'more' | 'selfEdit';

export interface ActionRow {
  message: Element | null;
  connect: Element | null;
  pending: Element | null;
  follow: Element | null;
  more: Element | null;
  selfEdit: Element | null;
  evidence: Record<RowKey, string | null>;
  /** `sdui`: the 2026 layout (its top card carries the profile card key); `ember`: the older one. */
  layout: 'sdui' | 'ember';
  /** An action not found is not there: every hook of the row holds in the page's language. */
  absenceProven: boolean;
}

const ROW_ENTRIES: Record<RowKey, TopCardEntry> = {
  message: 'message',
  connect: 'connect',
  pending: 'pendingIcon',
  follow: 'followIcon',
  more: 'more',
  selfEdit: 'selfEdit',
};

export function closestActionable(element: Element | null, scope: Element): Element | null {
  const actionable = element?.closest('a, button') ?? null;
  return actionable && scope.contains(actionable) ? actionable : null;
}

/** The alternative an evidence string (`more#2`) names in its entry. */
function alternativeOf(entry: TopCardEntry, evidence: string): SelectorAlternative | undefined {
  const alternatives: readonly SelectorAlternative[] = TOP_CARD[entry];
  return alternatives[Number(evidence.slice(evidence.lastIndexOf('#') + 1))];
}

function layoutOf(topCard: Element): ActionRow['layout'] {
  const key = topCard.getAttribute('componentkey') ?? topCard.getAttribute('id') ?? '';
  return key.startsWith(TOP_CARD_KEY.prefix) ? 'sdui' : 'ember';
}

/**
 * The row's actions. `language` is the page's (primary subtag): on the Ember layout a missing
 * action is proven missing only when the page is in the language of the labels that were found.
 */
export function findActionRow(topCard: Element, language: string | null = null): ActionRow {
  const elements = {} as Record<RowKey, Element | null>;
  const evidence = {} as Record<RowKey, string | null>;
  let labelsInPageLanguage = false;
  for (const key of Object.keys(ROW_ENTRIES) as RowKey[]) {
    const entry = ROW_ENTRIES[key];
    const match = queryEntry(topCard, entry, TOP_CARD[entry]);
    elements[key] = match ? closestActionable(match.element, topCard) : null;
    evidence[key] = match?.evidence ?? null;
    const words = match ? alternativeOf(entry, match.evidence)?.words : undefined;
    if (words !== undefined && words === language) labelsInPageLanguage = true;
  }
  const layout = layoutOf(topCard);
  return { ...elements, evidence, layout, absenceProven: layout === 'sdui' || labelsInPageLanguage };
}

export function hasAnyAction(row: ActionRow): boolean {
  return Boolean(row.message || row.connect || row.pending || row.follow || row.more);
}

/** A label starts with a middle dot or a bullet: other texts are not matched at all (most of the card's). */
const startsLikeLabel = (text: string) => text.startsWith('\u00B7') || text.startsWith('\u2022');

/**
 * The degree a label says. Its digit decides; the ordinal suffix must be one of LABELS unless the
 * label's place already says it is the degree (`anySuffix`: the name row, Ember's badge), which
 * reads "· 2°", "· 2次" or "· 2-й" in languages without a table. The place is asked only then.
 */
function degreeFromLabel(text: string, tables: LabelTable[], anySuffix: () => boolean): Degree | null {
  const match = startsLikeLabel(text) ? DEGREE_TEXT.exec(text) : null;
  if (!match) return null;
  const [, digit, suffix = '', plus] = match;
  const lowerSuffix = suffix.toLowerCase();
  if (suffix && !tables.some((table) => table.degreeSuffixes.includes(lowerSuffix)) && !anySuffix()) return null;
  if (digit === '1') return '1st';
  if (digit === '2') return '2nd';
  // "3rd+" is LinkedIn's "3rd degree or beyond": still reachable through Connect.
  return plus || digit === '3' ? '3rd' : null;
}

/** Label tables to try: the page's language first, then the others (pages mix languages in A/B tests). */
export function labelTables(language: string | null): LabelTable[] {
  const own = language && Object.hasOwn(LABELS, language) ? LABELS[language] : undefined;
  return own ? [own, ...Object.values(LABELS).filter((t) => t !== own)] : Object.values(LABELS);
}

/**
 * The name row: the element holding the owner's name heading and, as its direct children, the
 * degree labels (the hidden alternative inside its own `data-display-contents` wrapper), 2026-03.
 */
function isInNameRow(paragraph: Element, topCard: Element, name: Element | undefined): boolean {
  const parent = paragraph.parentElement;
  const row = parent?.matches('[data-display-contents]') ? parent.parentElement : parent;
  return Boolean(name && row && row !== topCard && topCard.contains(row) && row.contains(name));
}

/**
 * The visible degree label. The 2026 markup also carries the "after acceptance" alternative
 * (a hidden "· 1st" beside the visible "· 2nd"), hidden only by a hashed class on a
 * `data-display-contents` wrapper (2026-03). The visible one is the direct child of the name row.
 */
function readDegreeLabel(topCard: Element, tables: LabelTable[]): Signal<Degree> {
  const badge = queryEntry(topCard, 'degreeBadge', TOP_CARD.degreeBadge);
  if (badge) {
    const degree = degreeFromLabel(`· ${foldedText(badge.element)}`, tables, () => true);
    return degree ? found(degree, badge.evidence) : unknown(`unparsed:${badge.evidence}`);
  }
  const name = queryEntry(topCard, 'name', TOP_CARD.name)?.element;
  const paragraphs = queryEntryAll(topCard, 'degreeParagraph', TOP_CARD.degreeParagraph);
  return degreeFromLabels(topCard, paragraphs, 'degreeParagraph', tables, (p) => isInNameRow(p, topCard, name));
}

/**
 * The degree the visible labels among `paragraphs` (in `scope`, matched by the registry's `entry`)
 * say: the top card's, or a people list card's. Labels hidden by markup, and the "after acceptance"
 * alternative (inside a `data-display-contents` wrapper), are left out; labels that disagree are
 * "could not tell". `inItsPlace` says where any ordinal suffix is read (degreeFromLabel).
 */
export function degreeFromLabels(
  scope: Element,
  paragraphs: readonly Match[],
  entry: string,
  tables: LabelTable[],
  inItsPlace: (paragraph: Element) => boolean,
): Signal<Degree> {
  const labelled = paragraphs
    .map((m) => ({ ...m, degree: degreeFromLabel(foldedText(m.element), tables, () => inItsPlace(m.element)) }))
    .filter((m) => m.degree !== null && !isHiddenByMarkup(m.element, scope));
  const visible = labelled.filter((m) => !m.element.parentElement?.matches('[data-display-contents]'));
  const [only] = visible;
  if (visible.length === 1 && only?.degree) return found(only.degree, only.evidence);
  if (visible.length > 1) {
    const degrees = new Set(visible.map((m) => m.degree));
    const [first] = visible;
    if (degrees.size === 1 && first?.degree) return found(first.degree, first.evidence);
    return unknown(`ambiguous:${entry}`);
  }
  return labelled.length > 0 ? unknown(`hidden-only:${entry}`) : unknown(`absent:${entry}`);
}

export function readDegree(topCard: Element, row: ActionRow, tables: LabelTable[]): Signal<Degree> {
  if (row.selfEdit && row.evidence.selfEdit) return found('self', row.evidence.selfEdit);
  const label = readDegreeLabel(topCard, tables);
  // The inferences below stand on actions being absent: only where that is proven.
  if (label.value !== null || !row.absenceProven) return label;
  const bell = queryEntry(topCard, 'followingBell', TOP_CARD.followingBell);
  if (bell && row.message && !row.connect && !row.pending && !row.follow) {
    return found('1st', bell.evidence, 'inferred:bell-and-message-only');
  }
  // Modelled, not observed (2026-11): LinkedIn's API knows OUT_OF_NETWORK members; their card
  // shows no degree and offers neither Message nor Connect.
  if (label.evidence.includes('absent:degreeParagraph') && row.more && !row.message && !row.connect && !row.pending) {
    return found('out-of-network', 'inferred:no-degree-no-message-no-connect');
  }
  return label;
}

/**
 * Connect in the open More menu, which belongs to this top card only while its More button says it
 * is expanded. The 2026 menu's Connect is the custom-invite link; Ember's is a `div` named only by an
 * English aria-label, so there its absence proves nothing (null: not read).
 */
function openMenuConnect(root: ParentNode, row: ActionRow): Signal<ConnectOffer> | null {
  if (row.more?.getAttribute('aria-expanded') !== 'true') return null;
  const menu = queryEntry(root, 'openMenu', PAGE.openMenu);
  if (!menu) return null;
  const connect = queryEntry(menu.element, 'connect', TOP_CARD.connect);
  if (connect) return found('more-menu', menu.evidence, connect.evidence);
  return row.layout === 'sdui' ? found('none', menu.evidence) : null;
}

export function readConnect(root: ParentNode, row: ActionRow, degree: Degree | null): Signal<ConnectOffer> {
  if (row.connect && row.evidence.connect) return found('primary', row.evidence.connect);
  const menu = openMenuConnect(root, row);
  if (menu) return menu;
  if (row.pending && row.evidence.pending) return found('none', row.evidence.pending);
  if (degree === '1st' || degree === 'self' || degree === 'out-of-network') return found('none', `degree:${degree}`);
  if (!row.absenceProven) return unknown('unknown-language:connect');
  // Seen in every saved open menu of a non-connection (2026-03): Connect moves into More.
  if (row.more && row.evidence.more && degree !== null)
    return found('more-menu', row.evidence.more, 'inferred:menu-closed');
  return unknown('absent:connect');
}

export function readFollowPrimary(topCard: Element, row: ActionRow): Signal<boolean> {
  if (!hasAnyAction(row)) return unknown('absent:action-row');
  const actions = [row.message, row.connect, row.pending, row.follow, row.more].filter((a): a is Element => a !== null);
  const [first] = documentOrder(topCard, actions);
  const evidence = row.evidence.follow ?? 'absent:followIcon';
  if (first !== undefined && first === row.follow) return found(true, evidence);
  // An action not recognized may come first, and may be Follow.
  return row.absenceProven ? found(false, evidence) : unknown('unknown-language:followIcon');
}

export function readPresence(row: ActionRow, key: 'message' | 'pending'): Signal<boolean> {
  const evidence = row.evidence[key];
  if (row[key] && evidence) return found(true, evidence);
  // Nobody messages or invites themselves: on the self view both are absent in any language.
  if (row.selfEdit) return found(false, `absent:${key}`);
  if (!hasAnyAction(row)) return unknown('absent:action-row');
  return row.absenceProven ? found(false, `absent:${key}`) : unknown(`unknown-language:${key}`);
}
