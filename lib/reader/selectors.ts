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
const dated = (css: string, seen: string): SelectorAlternative => ({ css, seen: WITH_DATES ? seen : '' });
const sdui = (css: string, seen?: string) => dated(css, seen ?? '2026-03 profile pages (SDUI React profile)');
const ember = (css: string, seen?: string) =>
  dated(css, seen ?? '2025-12 Ember/artdeco profile (open-source bot code)');

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
    sdui('[componentkey$="activity_posts_pillContent"]'),
    ember('#content_collections, #recent_activity'),
  ],
  /** Group links in the owner's cards ("You are both members of …"). Modelled, not observed: 2026-11. */
  sharedGroupLink: [sdui('a[href*="/groups/"]', 'modelled 2026-11 (no observed 2026 markup)')],
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

/** Entries matched inside the top card only. */
export const TOP_CARD = {
  name: [sdui('h2'), sdui('h1', '2026-09 reports of h1/h2 A/B variation'), ember('h1')],
  /** Ember's degree badge ("2nd"); the 2026 degree is a plain `<p>` found by its text (DEGREE_TEXT). */
  degreeBadge: [ember('.dist-value'), ember('span[class^="distance-badge"]')],
  degreeParagraph: [sdui('p')],
  /** The owner's Message: a compose link with `recipient=` (the More menu's "send profile" has none). */
  message: [
    sdui('a[href*="/messaging/compose/"][href*="recipient="]'),
    ember('button[aria-label^="Message "], .message-anywhere-button'),
  ],
  /** Connect as a row action. Mirrors the Pending anchor; modelled on open-source code from 2026-04..06. */
  connect: [
    sdui('a[href*="/preload/custom-invite/"]', '2026-04..06 (stickerdaniel/linkedin-mcp-server connection.py)'),
    ember('button[aria-label^="Invite "][aria-label$=" to connect"]'),
  ],
  /** Pending: an anchor with the clock icon (its aria-label is localized). */
  pendingIcon: [
    sdui('a svg#clock-small'),
    ember('button[aria-label^="Pending"] li-icon, button[aria-label^="Pending"]'),
  ],
  followIcon: [sdui('button svg#add-small'), ember('button[aria-label^="Follow "]')],
  more: [
    sdui('button[aria-label="More"]', '2026-09 self view'),
    sdui('button[aria-expanded]'),
    ember('button[aria-label="More actions"], button[id$="-profile-overflow-action"]'),
  ],
  /** Links back to the owner's profile (photo, name, overlays): the slug when no drawer key says it. */
  profileLink: [sdui('a[href*="/in/"]'), ember('a[href*="/in/"]')],
  /** The current company and school chips under the headline: an icon and a name (2026-03). */
  companyChip: [sdui('[role="button"] svg[id^="company-accent"]')],
  schoolChip: [sdui('[role="button"] svg[id^="school-accent"]')],
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
    sdui('svg[id^="linkedin-bug-premium"]'),
    ember('.pv-member-badge--for-top-card, svg[data-test-icon*="linkedin-bug-premium"], li-icon[type*="premium"]'),
  ],
  verified: [
    sdui('svg#verified-medium'),
    ember('.pv-text-details__verification-badge, svg[data-test-icon="verified-medium"]'),
  ],
  /**
   * The owner's photo: the first placeholder silhouette in the card (the header band comes before
   * the mutual-connection faces, which use the same figure). A real photo adds an
   * `img[src*="profile-displayphoto"]` in the same figure; the silhouette alone means no photo.
   */
  photoPlaceholder: [sdui('svg[id^="person-accent"]')],
  photoImage: [sdui('img[src*="profile-displayphoto"]')],
  emberPhoto: [ember('img[class*="pv-top-card-profile-picture__image"], img.ghost-person, img[src*="ghost-person"]')],
  /** Mutual connections: the canned search of the owner's connections within the viewer's 1st degree. */
  mutualLink: [
    sdui('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="connectionOf"]'),
    ember('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="facetConnectionOf"]'),
  ],
  /** "Followed by …": the viewer's connections who follow the owner (not mutual connections). */
  followedByLink: [sdui('a[href*="MEMBER_PROFILE_CANNED_SEARCH"][href*="followerOf"]')],
  /** Texts that may hold counts ("2,345 followers", "500+", "connections"). */
  countText: [sdui('p'), ember('.pv-top-card--list-bullet li, li.text-body-small, span.t-bold')],
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
 * Mutual-connection search hrefs carry `network=["F"]`; the 1st-degree page's connections count
 * links to the same search with `network=["F","S"]` (2026-03).
 */
export const MUTUAL_NETWORK_PARAM = '["F"]';
/** The search parameter holding it: `network` (2026-03) or `facetNetwork` (Ember, 2025). */
export const MUTUAL_NETWORK_KEYS = ['network', 'facetNetwork'] as const;

/**
 * Localized label texts, by the page's `lang` (primary subtag). Used only where no
 * language-independent hook exists: the degree `<p>` and the counts line.
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
}

export const LABELS: Record<string, LabelTable> = {
  en: {
    degreeSuffixes: ['st', 'nd', 'rd', 'th'],
    connections: ['connection', 'connections'],
    followers: ['follower', 'followers'],
  },
  de: { degreeSuffixes: ['.'], connections: ['kontakt', 'kontakte'], followers: ['follower', 'followerinnen'] },
  fr: {
    degreeSuffixes: ['er', 're', 'e', 'ème', 'è'],
    atLeastPrefixes: ['+ de', '+de', 'plus de'],
    connections: ['relation', 'relations'],
    followers: ['abonné', 'abonnés', 'abonnée', 'abonnées'],
  },
  es: {
    degreeSuffixes: ['º', '°', '.º', 'er', 'do', 'ro', 'o'],
    atLeastPrefixes: ['más de'],
    connections: ['contacto', 'contactos'],
    followers: ['seguidor', 'seguidores'],
  },
  pt: {
    degreeSuffixes: ['º', '°', '.º', 'o'],
    atLeastPrefixes: ['mais de'],
    connections: ['conexões', 'conexão', 'conexoes', 'conexao'],
    followers: ['seguidor', 'seguidores'],
  },
};

/** The degree label: a middle dot, then 1/2/3, a localized suffix, and "+" for "3rd+" (2026-03). */
export const DEGREE_TEXT = /^[\u00B7\u2022]\s*([123])\s*([^\s+]*)\s*(\+?)$/;

/**
 * LinkedIn's composers and dialogs, where the user sends. Since 2026 they render inside the
 * open shadow root of `#interop-outlet` (observed 2026-03: the outlet and `interop=msgOverlay`
 * links; its contents are not serialised in saved pages). The inner markup below is modelled on
 * the Ember-era classes that open-source code still used inside it in 2025-11..2026-02, and on
 * locale-light selectors from 2026 code (linkedin.md 2.3-2.5). Not observed by us: re-check
 * against a live page and add a fixture when LinkedIn changes it.
 */
const modelled = (css: string, seen?: string) =>
  dated(css, seen ?? 'modelled 2026-11 on 2025-11..2026-02 open-source code');

export const COMPOSER = {
  interopOutlet: [sdui('#interop-outlet')],
  /** An invitation dialog ("Add a note to your invitation?", the note, Send). */
  dialog: [modelled('[role="dialog"]'), modelled('dialog[open]'), ember('.send-invite, .artdeco-modal')],
  noteField: [modelled('textarea[name="message"]'), modelled('textarea')],
  /** The button that sends an invitation, with or without a note. */
  inviteSend: [
    modelled('button[aria-label^="Send"]'),
    modelled('button.artdeco-button--primary'),
    modelled('button[type="submit"]'),
  ],
  /** The message box of the messaging overlay. */
  messageBox: [
    modelled('div[role="textbox"][contenteditable="true"]'),
    modelled('.msg-form__contenteditable[contenteditable="true"]'),
  ],
  messageForm: [modelled('form.msg-form'), modelled('form'), modelled('.msg-overlay-conversation-bubble')],
  messageSend: [
    modelled('button.msg-form__send-button'),
    modelled('button.msg-form__send-btn'),
    modelled('button[type="submit"]'),
  ],
  /** The conversation's messages; the other person's carry the `--other` modifier. */
  threadItem: [modelled('.msg-s-event-listitem')],
  threadItemFromOther: [modelled('.msg-s-event-listitem--other')],
  /** The overlay's link to the recipient's profile. */
  recipientLink: [modelled('.msg-overlay-bubble-header a[href*="/in/"]'), modelled('a[href*="/in/"]')],
  /** InMail: a subject line, and the credit line "Use 1 of 45 InMail credits". */
  inmailSubject: [modelled('input[name="subject"]')],
  inmailCredits: [modelled('.msg-inmail-credits-display')],
  /** LinkedIn's own weekly invitation limit alert (BOT 2025-12-15). */
  inviteLimitAlert: [modelled('[class*="ip-fuse-limit-alert__warning"]', '2025-12 (open-source bot code)')],
  /** The free-account note quota upsell: a dialog linking to /premium/ (stickerdaniel PR #449, 2026-05). */
  premiumLink: [modelled('a[href*="/premium/"]', '2026-05 (stickerdaniel/linkedin-mcp-server PR #449)')],
} as const satisfies Record<string, SelectorEntry>;

export type ComposerEntry = keyof typeof COMPOSER;
