/**
 * Every piece of LinkedIn DOM knowledge LockLens has, in one place.
 *
 * Each entry lists its alternatives newest layout first, each with the date the markup was seen
 * and where. Stable hooks only: href patterns, svg ids (LinkedIn's icon names), componentkey
 * prefixes/suffixes, roles, data-* attributes. Never a hashed class (`_8d5be5b1`): those change
 * with every LinkedIn build. Ember-era classes (`pv-top-card`, `artdeco-button`) are kept as the
 * fallback for accounts still served the pre-2026 layout.
 *
 * When LinkedIn changes its markup: save the page, add it as a fixture under test/fixtures/,
 * add the new alternative FIRST with its date, and keep the old one until it has been gone for a
 * few months (`npm run explain -- page.html` shows what the reader finds).
 */

export interface SelectorAlternative {
  css: string;
  /** When and where this markup was seen, e.g. `2026-03 profile pages`; empty in the extension's builds. */
  seen: string;
  /**
   * The UI language whose words the alternative matches (an aria-label such as "Message …"), when
   * it matches words at all: on a page in another language its absence proves nothing. Hrefs, icon
   * ids, classes and componentkeys match in every language and carry none.
   */
  words?: string;
}

export type SelectorEntry = readonly SelectorAlternative[];

/**
 * The dates are for people: `npm run explain` prints the one of each alternative it matched. The
 * extension never shows them, so its builds define `__SELECTOR_DATES__` as false (wxt.config.ts)
 * and the minifier drops every date string: ~0.2 kB of the content script's 20 kB gzip budget
 * (2026-12-06). Code run unbundled (tests, the CLI) has no such constant and keeps them.
 */
declare const __SELECTOR_DATES__: boolean | undefined;
const WITH_DATES = typeof __SELECTOR_DATES__ === 'undefined' || __SELECTOR_DATES__;

// No default parameters: the minifier drops unused arguments only where a parameter has none.
// The builders have no side effects (marked so): a bundle that takes one table from this file
// (the background's EXPERIENCE_TITLE) leaves the rest of the registry, and its dates, out.
/* @__NO_SIDE_EFFECTS__ */
const dated = (css: string, seen: string): SelectorAlternative => ({ css, seen: WITH_DATES ? seen : '' });
/* @__NO_SIDE_EFFECTS__ */
const sdui = (css: string, seen?: string) => dated(css, seen ?? '2026-03 profile pages (SDUI React profile)');
/* @__NO_SIDE_EFFECTS__ */
const ember = (css: string, seen?: string) =>
  dated(css, seen ?? '2025-12 Ember/artdeco profile (open-source bot code)');
/** An alternative that matches English words (the Ember-era aria-labels, written against the English UI). */
/* @__NO_SIDE_EFFECTS__ */
const inEnglish = (alternative: SelectorAlternative): SelectorAlternative => ({ ...alternative, words: 'en' });

/** The Activity card's posts (a carousel): also how the card itself is found where its key is not. */
const activityPosts = sdui('[componentkey$="activity_posts_pillContent"]');

/*
 * Hooks of a person's actions and badges that the 2026 top card and the people lists' cards share
 * (one alternative each, in TOP_CARD and LIST): Message as a compose link with `recipient=` (the
 * More menu's "send profile" has none), Follow's add icon, the Premium bug, any link to a profile,
 * and the plain paragraphs a degree label is one of.
 */
const composeAnchor = sdui('a[href*="/messaging/compose/"][href*="recipient="]');
const followAddIcon = sdui('button svg#add-small');
const premiumBug = sdui('svg[id^="linkedin-bug-premium"]');
const profileAnchor = sdui('a[href*="/in/"]');
const paragraph = sdui('p');
/** Accept of an invitation from them, as LinkedIn's invitation manager labelled it in 2025 ("Accept <Name>’s invitation"). */
const acceptLabel = inEnglish(
  ember('button[aria-label^="Accept "][aria-label$="invitation"]', 'modelled 2026-12 on 2025 code'),
);

/** Page-level entries, matched against the whole document. */
export const PAGE = {
  /** The profile screen itself, present even before its cards have loaded. */
  profileScreen: [
    sdui('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"]'),
    ember('main .pv-top-card, main [data-member-id]'),
  ],
  /** The owner's top card: every other query is scoped to it (the right rail repeats all signals for other people). */
  topCard: [
    // The componentkey sits on a wrapper div AND the section inside it: take the section.
    sdui('section[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]'),
    sdui('div[id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]', '2026-09 self view'),
    ember('section.artdeco-card.pv-top-card, section[data-member-id], .pv-top-card'),
  ],
  /** The column of the owner's cards (About, Activity, highlights), without the right rail. */
  mainColumn: [sdui('[data-testid="lazy-column"]'), ember('main.scaffold-layout__main, main')],
  aboutCard: [
    sdui('[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="About"]'),
    sdui('[id^="com.linkedin.sdui.profile.card.ref"][id$="About"]', '2026-09 self view'),
    ember('#about'),
  ],
  activityCard: [
    sdui('[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Activity"]'),
    activityPosts,
    ember('#content_collections, #recent_activity'),
  ],
  /**
   * The owner's recent posts. On the self view the Activity card is there even without them (it
   * offers "Create a post"), so the card alone does not say the user posts (2026-09 self view).
   */
  activityPosts: [activityPosts],
  /**
   * The sticky toolbar's compact header, `a > div[aria-label="<name>"]` holding the photo and, as
   * `<p>`s, the name then the headline: the one place the headline has a hook of its own (every
   * 2026-03 page, 2026-09 self view; in the top card it is a plain `<p>` after the name row). The
   * toolbar's other labelled elements are buttons.
   */
  toolbarName: [sdui('[role="toolbar"] div[aria-label] p', '2026-03 pages, 2026-09 self view')],
  toolbarHeadline: [sdui('[role="toolbar"] div[aria-label] p + p', '2026-03 pages, 2026-09 self view')],
  /**
   * Titles of the cards below the Activity card (Experience, Education, Skills…): those cards have
   * uuid componentkeys, so only their title names them (EXPERIENCE_TITLE), 2026-09 self view.
   */
  lowerCardTitle: [sdui('[componentkey^="profileCardsBelowActivity"] h2', '2026-09 self view')],
  /** Group links in the owner's cards ("You are both members of …"). Modelled, not observed: 2026-11. */
  sharedGroupLink: [sdui('a[href*="/groups/"]', 'modelled 2026-11 (no observed 2026 markup)')],
  /**
   * A company link in the owner's Highlights card ("You both work at …"), as the Ember profile's
   * Highlights showed it; it may name a past company too. Modelled, not observed: 2026-12.
   */
  sharedCompanyLink: [
    sdui(
      '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Highlights"] a[href*="/company/"]',
      'modelled 2026-12 (no observed 2026 markup)',
    ),
  ],
  /** The slug drawer: `ProfilePostConnectDrawer_<slug>`. */
  connectDrawer: [sdui('[componentkey^="ProfilePostConnectDrawer_"]')],
  /**
   * LinkedIn's dark theme: a `theme--dark` class on <html> (Ember era, 2025) or on the interop
   * outlet, which carries `theme--light` in every light page seen (2026-03).
   */
  darkTheme: [sdui('#interop-outlet.theme--dark'), ember('html.theme--dark')],
  lightTheme: [sdui('#interop-outlet.theme--light'), ember('html.theme--light')],
  /**
   * The smallest container that survives SPA navigations: React's root (`#root`), into which
   * LinkedIn renders each screen; the screen and column inside it may be replaced (2026-03).
   */
  stableContainer: [sdui('#root'), ember('body > .application-outlet'), ember('body')],
  /**
   * A Premium free-trial offer ("Try for $0") in the global nav's spotlight slot: shown to
   * viewers who are not Premium (2026-03, one of two viewers). Its absence proves nothing.
   */
  premiumTrialUpsell: [sdui('[data-testid="primary-nav"] svg#premium-chip-v2-medium')],
  /** An open More menu, portalled to the end of <body> (floating-ui). */
  openMenu: [sdui('[data-floating-ui-portal] [role="menu"]'), ember('.artdeco-dropdown__content--is-open')],
} as const satisfies Record<string, SelectorEntry>;

/**
 * Connect as a link (`/preload/custom-invite/?vanityName=<slug>`) and Pending as a link with the
 * clock icon: the same markup in the top card, its More menu, search results and My Network
 * cards, so the top card's entries and the list invitations' (COMPOSER) share them.
 */
const connectAnchor = sdui(
  'a[href*="/preload/custom-invite/"]',
  '2026-04..06 (stickerdaniel/linkedin-mcp-server connection.py)',
);
const pendingAnchorIcon = sdui('a svg#clock-small');

/** Entries matched inside the top card only. */
export const TOP_CARD = {
  name: [sdui('h2'), sdui('h1', '2026-09 reports of h1/h2 A/B variation'), ember('h1')],
  /** Ember's degree badge ("2nd"); the 2026 degree is a plain `<p>` found by its text (DEGREE_TEXT). */
  degreeBadge: [ember('.dist-value'), ember('span[class^="distance-badge"]')],
  degreeParagraph: [paragraph],
  /** The owner's Message: a compose link with `recipient=` (the More menu's "send profile" has none). */
  message: [
    composeAnchor,
    inEnglish(ember('button[aria-label^="Message "]')),
    // Ember's Message in any language: its class, or the button's icon (2025-11..2026-02 code).
    ember(
      '.message-anywhere-button, button li-icon[type="send-privately-small"], button svg[data-test-icon="send-privately-small"]',
      '2025-11..2026-02 (open-source bot code)',
    ),
  ],
  /** Connect as a row action. Mirrors the Pending anchor; modelled on open-source code from 2026-04..06. */
  connect: [connectAnchor, inEnglish(ember('button[aria-label^="Invite "][aria-label$=" to connect"]'))],
  /** Pending: an anchor with the clock icon (its aria-label is localized). */
  pendingIcon: [
    pendingAnchorIcon,
    inEnglish(ember('button[aria-label^="Pending"] li-icon, button[aria-label^="Pending"]')),
  ],
  followIcon: [followAddIcon, inEnglish(ember('button[aria-label^="Follow "]'))],
  more: [
    inEnglish(sdui('button[aria-label="More"]', '2026-09 self view')),
    sdui('button[aria-expanded]'),
    inEnglish(ember('button[aria-label="More actions"]')),
    ember('button[id$="-profile-overflow-action"]'),
  ],
  /** Links back to the owner's profile (photo, name, overlays): the slug when no drawer key says it. */
  profileLink: [profileAnchor, ember('a[href*="/in/"]')],
  /** The current company and school chips under the headline: an icon and a name (2026-03). */
  companyChip: [sdui('[role="button"] svg[id^="company-accent"]')],
  schoolChip: [sdui('[role="button"] svg[id^="school-accent"]')],
  /** The chip around either icon, holding the name as a `<p>` (2026-03). */
  chip: [sdui('[role="button"]')],
  /** Only on the owner's own profile. */
  selfEdit: [
    sdui('a[href*="/edit/intro/"]', '2026-04 (stickerdaniel) and 2026-09 self view'),
    ember('a[href*="/edit/intro/"]'),
  ],
  /** The bell to manage notifications: on every 1st-degree page seen, and only there. */
  followingBell: [sdui('svg#bell-fill-medium')],
  // Not the "Profile enhanced with Premium" chip (svg#premium-chip-v2-small): it always comes with
  // the badge on others' profiles, and the self view uses the same icon in a Premium upsell (2026-09).
  premiumBadge: [
    premiumBug,
    ember('.pv-member-badge--for-top-card, svg[data-test-icon*="linkedin-bug-premium"], li-icon[type*="premium"]'),
  ],
  verified: [
    sdui('svg#verified-medium'),
    ember('.pv-text-details__verification-badge, svg[data-test-icon="verified-medium"]'),
  ],
  /**
   * The owner's photo: the first placeholder silhouette in the card outside the mutual-connection
   * faces (which use the same figure). A real photo adds an `img` in the same link; the silhouette
   * alone means no photo.
   */
  photoPlaceholder: [sdui('svg[id^="person-accent"]')],
  photoImage: [
    sdui('img[src*="profile-displayphoto"]'),
    // A photo in the Open to Work / Hiring frame is served as its own image: …/profile-framedphoto-shrink_…
    sdui('img[src*="profile-framedphoto"]', '2020-09..2025-03 (media.licdn.com URLs in public code)'),
  ],
  /** Any other image beside the silhouette: perhaps the photo in a form not known yet, so not "no photo". */
  photoAnyImage: [sdui('img')],
  emberPhoto: [ember('img[class*="pv-top-card-profile-picture__image"], img.ghost-person, img[src*="ghost-person"]')],
  /**
   * Mutual connections: the canned search of the owner's connections within the viewer's 1st degree
   * (MUTUAL_NETWORK). The same search within the 1st and 2nd degree (CONNECTIONS_NETWORK) is the
   * 1st-degree page's connections count.
   */
  mutualLink: [
    sdui('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="connectionOf"]'),
    ember('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="facetConnectionOf"]'),
  ],
  /** "Followed by …": the viewer's connections who follow the owner (not mutual connections). */
  followedByLink: [sdui('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="followerOf"]')],
  /** The self view's connections count, a link to the viewer's own connections page. */
  ownConnectionsLink: [sdui('a[href*="/mynetwork/invite-connect/connections/"]', '2026-09 self view')],
  /** Texts that may hold counts ("2,345 followers", "500+", "connections"). */
  countText: [sdui('p'), ember('.pv-top-card--list-bullet li, li.text-body-small, span.t-bold')],
  /**
   * They invited the viewer: Accept and Ignore in the row instead of Connect (open-source code,
   * 2026-04..06, read it by the words alone). Modelled, not observed: a link into the invitation
   * manager, and the aria-label LinkedIn's invitation manager gave Accept in 2025 ("Accept <Name>’s
   * invitation").
   */
  incomingInvitation: [
    sdui('a[href*="/mynetwork/invitation-manager/"]', 'modelled 2026-12 (no observed 2026 markup)'),
    acceptLabel,
  ],
  /** Open to Work / Hiring: no 2026 marker is known; the photo title carried it until 2023 (joeyism 2023-02). */
  openToWork: [ember('img[title*="#OPEN_TO_WORK"], img[alt*="#OPEN_TO_WORK"]', '2023-02 (joeyism/linkedin_scraper)')],
  hiring: [ember('img[title*="#HIRING"], img[alt*="#HIRING"]', '2023-02 (modelled on #OPEN_TO_WORK)')],
} as const satisfies Record<string, SelectorEntry>;

export type PageEntry = keyof typeof PAGE;
export type TopCardEntry = keyof typeof TOP_CARD;

/** Prefix and suffix around the owner's profile id in the top card's componentkey (2026-03). */
export const TOP_CARD_KEY = { prefix: 'com.linkedin.sdui.profile.card.ref', suffix: 'Topcard' } as const;
export const CONNECT_DRAWER_PREFIX = 'ProfilePostConnectDrawer_';

/**
 * The network filter of the canned searches: mutual connections carry `network=["F"]`; the
 * 1st-degree page's connections count links to the same search with `network=["F","S"]` (2026-03,
 * percent-encoded). Compared as sets of degree letters, whichever way the list is written
 * (`["F"]`, `[ 'F' ]`, `F`, `F,S`, repeated parameters, encoded once or twice).
 */
export const MUTUAL_NETWORK = ['F'] as const;
export const CONNECTIONS_NETWORK = ['F', 'S'] as const;
/** The search parameter holding it: `network` (2026-03) or `facetNetwork` (Ember, 2025). */
export const MUTUAL_NETWORK_KEYS = ['network', 'facetNetwork'] as const;
/**
 * LinkedIn shows connections up to 500 and "500+" beyond (2026-03, every page seen): a count of
 * 500 or more read without its words is a lower bound.
 */
export const CONNECTIONS_SHOWN_UP_TO = 500;

/**
 * Localized label texts, by the page's `lang` (primary subtag). Used only where no
 * language-independent hook exists: the counts' nouns, a degree label outside the name row, and
 * the names of Ember's mutual-connections sentence. Every other signal is read from hrefs, icon
 * ids and digits, in any of LinkedIn's languages; a page in a language without a table reads those
 * and leaves the word-dependent ones unknown (CONTRIBUTING.md: "Add a language's labels").
 * English seen 2026-03; the other languages follow LinkedIn's published UI wording (see
 * test/fixtures/README.md for what was observed and what was assumed).
 * Plain words in lower case, compared whole (after lower-casing the page's text), not patterns:
 * each pattern compiles on its first use in every tab, which was most of what the reader's
 * labels cost on a profile view (2026-12-04).
 */
export interface LabelTable {
  /** Ordinal suffixes after 1/2/3 in the degree label ("· 2nd", "· 2.", "· 2e", "· 2º"). */
  degreeSuffixes: readonly string[];
  /** "More than" before a count, as in "Más de 500" (es), "Mais de 500" (pt), "+ de 500" (fr). */
  atLeastPrefixes?: readonly string[];
  connections: readonly string[];
  followers: readonly string[];
  /** The word before the last name of a list ("Alex, Sam and 3 other…"), for Ember's unmarked names. */
  and: readonly string[];
}

export const LABELS: Record<string, LabelTable> = {
  en: {
    degreeSuffixes: ['st', 'nd', 'rd', 'th'],
    connections: ['connection', 'connections'],
    followers: ['follower', 'followers'],
    and: ['and'],
  },
  de: {
    degreeSuffixes: ['.'],
    connections: ['kontakt', 'kontakte'],
    followers: ['follower', 'followerinnen'],
    and: ['und'],
  },
  fr: {
    degreeSuffixes: ['er', 're', 'e', 'ème', 'è'],
    atLeastPrefixes: ['+ de', '+de', 'plus de'],
    connections: ['relation', 'relations'],
    followers: ['abonné', 'abonnés', 'abonnée', 'abonnées'],
    and: ['et'],
  },
  es: {
    degreeSuffixes: ['º', '°', '.º', 'er', 'do', 'ro', 'o'],
    atLeastPrefixes: ['más de'],
    connections: ['contacto', 'contactos'],
    followers: ['seguidor', 'seguidores'],
    and: ['y', 'e'],
  },
  pt: {
    degreeSuffixes: ['º', '°', '.º', 'o'],
    atLeastPrefixes: ['mais de'],
    connections: ['conexões', 'conexão', 'conexoes', 'conexao'],
    followers: ['seguidor', 'seguidores'],
    and: ['e'],
  },
};

/**
 * The Experience card's title by the page's language, lower case: the card has no other hook
 * (2026-09 self view: a uuid componentkey). English seen 2026-09; the others are LinkedIn's
 * published UI wording, not observed.
 */
export const EXPERIENCE_TITLE: Record<string, string> = {
  en: 'experience',
  de: 'berufserfahrung',
  fr: 'expérience',
  es: 'experiencia',
  pt: 'experiência',
};

/**
 * The degree label: a middle dot, then 1/2/3, an ordinal suffix of up to four characters without
 * digits ("nd", ".", "e", "°", "次", "-й"), and "+" for "3rd+" (2026-03). In the name row the digit
 * is read whatever the suffix; elsewhere only with a suffix from LABELS.
 */
export const DEGREE_TEXT = /^[\u00B7\u2022]\s*([123])\s*([^\s\d+\u00B7\u2022]{0,4})\s*(\+?)$/;

/**
 * LinkedIn's composers and dialogs, where the user sends, and its notices about sending. Two
 * places: the page's own DOM (the full messaging page, `/messaging/thread/…`) and the open shadow
 * root of `#interop-outlet` (the messaging overlay, InMail, the invitation dialog; observed
 * 2026-03: the outlet and `interop=msgOverlay` links; its contents are not serialised in saved
 * pages). `lib/reader/composers.ts` reads them; nothing else does.
 */
/** Seen on live pages in 2026-05 (Polish UI), as described in issue #30. */
/* @__NO_SIDE_EFFECTS__ */
const live2026 = (css: string) => dated(css, '2026-05 live pages, Polish UI (issue #30)');
/** Seen on a live 2026 messaging page in the page's own DOM, as described in issue #30 (2026-12). */
/* @__NO_SIDE_EFFECTS__ */
const messagingPage = (css: string) => dated(css, '2026-12 live messaging page (issue #30)');
/** Modelled on the Ember-era classes open-source code still used in 2025-11..2026-02 (linkedin.md 2.3-2.5). */
/* @__NO_SIDE_EFFECTS__ */
const modelled = (css: string, seen?: string) =>
  dated(css, seen ?? 'modelled 2026-11 on 2025-11..2026-02 open-source code');

export const COMPOSER = {
  interopOutlet: [sdui('#interop-outlet')],
  /**
   * The invitation dialog, by its own hooks only: `[role="dialog"]` elements in the main DOM are
   * other dialogs (ad options, "I don't want to see this"), never an invitation. In 2026 it has no
   * `aria-modal`; its close button (`data-test-modal-close-btn`) is `type="submit"` like its sends.
   */
  inviteDialog: [
    live2026('[role="dialog"].send-invite'),
    live2026('[role="dialog"][aria-labelledby="send-invite-modal"]'),
    modelled('div.send-invite', '2018-01..2025-03 (felladrin/linkedin-connection-requests)'),
  ],
  /** The note: there only after "Add a note" (2026-05). */
  noteField: [modelled('textarea[name="message"]'), modelled('textarea')],
  /**
   * Sending an invitation, in any language: the action bar's primary button ("Send without a
   * note" before a note, Send after it); "Add a note" is the secondary one (2026-05).
   */
  inviteSend: [
    live2026('.artdeco-modal__actionbar button.artdeco-button--primary'),
    modelled('button.artdeco-button--primary', '2022-09..2025-03 (felladrin/linkedin-connection-requests)'),
  ],
  /** The message form: on the messaging page and in the overlay. */
  messageForm: [messagingPage('form.msg-form'), modelled('.msg-overlay-conversation-bubble')],
  messageBox: [
    messagingPage('.msg-form__contenteditable[contenteditable="true"]'),
    modelled('div[role="textbox"][contenteditable="true"]'),
  ],
  messageSend: [
    messagingPage('button.msg-form__send-button'),
    modelled('button.msg-form__send-btn'),
    modelled('button[type="submit"]'),
  ],
  /** A conversation: an overlay bubble, or the messaging page's thread (its messages, its header, its form). */
  conversation: [
    modelled('.msg-overlay-conversation-bubble'),
    modelled('.msg-thread', '2026-12 (modelled on the Ember messaging page)'),
  ],
  /** The conversation's messages; the other person's carry the `--other` modifier. */
  threadItem: [messagingPage('.msg-s-event-listitem')],
  threadItemFromOther: [messagingPage('.msg-s-event-listitem--other')],
  /**
   * The conversation header's link to the other person (never any `/in/` link of the thread: the
   * user's own messages link to the user).
   */
  recipientLink: [
    modelled('.msg-overlay-bubble-header a[href*="/in/"]'),
    modelled('a.msg-thread__link-to-profile', '2026-12 (modelled on the Ember messaging page)'),
  ],
  /** InMail: a subject line, and the credit line "Use 1 of 45 InMail credits". */
  inmailSubject: [modelled('input[name="subject"]')],
  inmailCredits: [modelled('.msg-inmail-credits-display')],
  /** LinkedIn's own weekly invitation limit alert (BOT 2025-12-15). */
  inviteLimitAlert: [modelled('[class*="ip-fuse-limit-alert__warning"]', '2025-12 (open-source bot code)')],
  /**
   * The free-account note quota upsell: a dialog in the interop layer linking to /premium/
   * (stickerdaniel PR #449, 2026-05). Looked for only there, and only as a notice.
   */
  upsellDialog: [modelled('[role="dialog"]', '2026-05 (stickerdaniel/linkedin-mcp-server PR #449)')],
  premiumLink: [modelled('a[href*="/premium/"]', '2026-05 (stickerdaniel/linkedin-mcp-server PR #449)')],
} as const satisfies Record<string, SelectorEntry>;

export type ComposerEntry = keyof typeof COMPOSER;

/**
 * People lists (search results, My Network's suggestions and invitations): a person's card and
 * what it shows, read from that card's own markup only (lib/reader/read-list-card.ts, for the list
 * marks); its Connect and the Pending it turns into are also where the send detector counts an
 * invitation (lib/reader/composers.ts). Besides the card, the profile's own 2026 hooks, which the
 * search results carry as well (modelled 2026-12 on issue #30 and 2026 open-source code,
 * linkedin.md 2.6; My Network's 2026 cards were not observed, modelled on the same hooks). Every
 * hook holds in any language but the degree label, read as the profile's (DEGREE_TEXT with a
 * suffix from LABELS), and Accept (English words).
 */
export const LIST = {
  /** Connect as a link, in a profile, its menu, search results or My Network cards (2026 search: `search-custom-invite`). */
  listConnect: [
    connectAnchor,
    modelled(
      'a[href*="/preload/search-custom-invite/"]',
      'modelled 2026-12 on 2026 open-source code (linkedin.md 2.6)',
    ),
  ],
  /** A person's card in a list: around their actions (a Connect turns to Pending in it). */
  listCard: [
    modelled('[data-view-name="people-search-result"]', 'modelled 2026-12 on 2026 open-source code (linkedin.md 2.6)'),
    modelled('[role="listitem"]'),
    modelled('li'),
  ],
  /** Pending, wherever a person's Connect turned to it: the clock icon in a link to them. */
  listPending: [pendingAnchorIcon],
  /** Links to the card's person (photo, name): who the card is about. */
  listProfileLink: [profileAnchor],
  /** Paragraphs, one of which may be the degree label ("· 2nd"). */
  listDegree: [paragraph],
  listMessage: [composeAnchor],
  listFollow: [followAddIcon],
  /** Accept on a received invitation's card (My Network): named in English only, so elsewhere not read. */
  listAccept: [acceptLabel],
  listPremium: [premiumBug],
} as const satisfies Record<string, SelectorEntry>;

export type ListEntry = keyof typeof LIST;
