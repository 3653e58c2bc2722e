/**
 * The top card's degree and action row: Message, Connect, Pending, Follow, More.
 * "Primary" is the first action in DOM order (the only stable sign of it, 2026-03).
 */
import type { ConnectOffer, Degree, Signal } from '../signals';
import { documentOrder, foldedText, isHiddenByMarkup, queryEntry, queryEntryAll } from './dom';
import { DEGREE_TEXT, LABELS, type LabelTable, PAGE, TOP_CARD } from './selectors';
import { found, unknown } from './signal';

export interface ActionRow {
  message: Element | null;
  connect: Element | null;
  pending: Element | null;
  follow: Element | null;
  more: Element | null;
  selfEdit: Element | null;
  evidence: Record<'message' | 'connect' | 'pending' | 'follow' | 'more' | 'selfEdit', string | null>;
}

function closestActionable(element: Element | null, scope: Element): Element | null {
  const actionable = element?.closest('a, button') ?? null;
  return actionable && scope.contains(actionable) ? actionable : null;
}

export function findActionRow(topCard: Element): ActionRow {
  const pick = (name: keyof typeof TOP_CARD) => {
    const match = queryEntry(topCard, name, TOP_CARD[name]);
    return { element: match ? closestActionable(match.element, topCard) : null, evidence: match?.evidence ?? null };
  };
  const message = pick('message');
  const connect = pick('connect');
  const pending = pick('pendingIcon');
  const follow = pick('followIcon');
  const more = pick('more');
  const selfEdit = pick('selfEdit');
  return {
    message: message.element,
    connect: connect.element,
    pending: pending.element,
    follow: follow.element,
    more: more.element,
    selfEdit: selfEdit.element,
    evidence: {
      message: message.evidence,
      connect: connect.evidence,
      pending: pending.evidence,
      follow: follow.evidence,
      more: more.evidence,
      selfEdit: selfEdit.evidence,
    },
  };
}

export function hasAnyAction(row: ActionRow): boolean {
  return Boolean(row.message || row.connect || row.pending || row.follow || row.more);
}

/** A label starts with a middle dot or a bullet: other texts are not matched at all (most of the card's). */
const startsLikeLabel = (text: string) => text.startsWith('\u00B7') || text.startsWith('\u2022');

function degreeFromLabel(text: string, tables: LabelTable[]): Degree | null {
  const match = startsLikeLabel(text) ? DEGREE_TEXT.exec(text) : null;
  if (!match) return null;
  const [, digit, suffix = '', plus] = match;
  const lowerSuffix = suffix.toLowerCase();
  if (suffix && !tables.some((table) => table.degreeSuffixes.includes(lowerSuffix))) return null;
  if (digit === '1') return '1st';
  if (digit === '2') return '2nd';
  // "3rd+" is LinkedIn's "3rd degree or beyond": still reachable through Connect.
  return plus || digit === '3' ? '3rd' : null;
}

/** Label tables to try: the page's language first, then the others (pages mix languages in A/B tests). */
export function labelTables(language: string | null): LabelTable[] {
  const own = language ? LABELS[language] : undefined;
  return own ? [own, ...Object.values(LABELS).filter((t) => t !== own)] : Object.values(LABELS);
}

/**
 * The visible degree label. The 2026 markup also carries the "after acceptance" alternative
 * (a hidden "· 1st" beside the visible "· 2nd"), hidden only by a hashed class on a
 * `data-display-contents` wrapper (2026-03). The visible one is the direct child of the name row.
 */
function readDegreeLabel(topCard: Element, tables: LabelTable[]): Signal<Degree> {
  const badge = queryEntry(topCard, 'degreeBadge', TOP_CARD.degreeBadge);
  if (badge) {
    const degree = degreeFromLabel(`· ${foldedText(badge.element)}`, tables);
    return degree ? found(degree, badge.evidence) : unknown(`unparsed:${badge.evidence}`);
  }
  const labelled = queryEntryAll(topCard, 'degreeParagraph', TOP_CARD.degreeParagraph)
    .map((m) => ({ ...m, degree: degreeFromLabel(foldedText(m.element), tables) }))
    .filter((m) => m.degree !== null && !isHiddenByMarkup(m.element, topCard));
  const visible = labelled.filter((m) => !m.element.parentElement?.matches('[data-display-contents]'));
  const [only] = visible;
  if (visible.length === 1 && only?.degree) return found(only.degree, only.evidence);
  if (visible.length > 1) {
    const degrees = new Set(visible.map((m) => m.degree));
    const [first] = visible;
    if (degrees.size === 1 && first?.degree) return found(first.degree, first.evidence);
    return unknown('ambiguous:degreeParagraph');
  }
  return labelled.length > 0 ? unknown('hidden-only:degreeParagraph') : unknown('absent:degreeParagraph');
}

export function readDegree(topCard: Element, row: ActionRow, tables: LabelTable[]): Signal<Degree> {
  if (row.selfEdit && row.evidence.selfEdit) return found('self', row.evidence.selfEdit);
  const label = readDegreeLabel(topCard, tables);
  if (label.value !== null) return label;
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

/** The open More menu belongs to this top card only while its More button says it is expanded. */
function openMenuConnect(root: ParentNode, row: ActionRow): { present: boolean; evidence: string } | null {
  if (row.more?.getAttribute('aria-expanded') !== 'true') return null;
  const menu = queryEntry(root, 'openMenu', PAGE.openMenu);
  if (!menu) return null;
  const connect = menu.element.querySelector('a[href*="/preload/custom-invite/"]');
  return { present: connect !== null, evidence: menu.evidence };
}

export function readConnect(root: ParentNode, row: ActionRow, degree: Degree | null): Signal<ConnectOffer> {
  if (row.connect && row.evidence.connect) return found('primary', row.evidence.connect);
  const menu = openMenuConnect(root, row);
  if (menu) return found(menu.present ? 'more-menu' : 'none', menu.evidence);
  if (row.pending && row.evidence.pending) return found('none', row.evidence.pending);
  if (degree === '1st' || degree === 'self' || degree === 'out-of-network') return found('none', `degree:${degree}`);
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
  return found(first !== undefined && first === row.follow, evidence);
}

export function readPresence(row: ActionRow, key: 'message' | 'pending'): Signal<boolean> {
  const evidence = row.evidence[key];
  if (row[key] && evidence) return found(true, evidence);
  return hasAnyAction(row) || row.selfEdit ? found(false, `absent:${key}`) : unknown('absent:action-row');
}
