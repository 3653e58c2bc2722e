/**
 * Mounts the composer panel beside each composer the user writes in, wherever it is: the full
 * messaging page (the page's own DOM), the overlay bubbles, the InMail composer and the invitation
 * note (LinkedIn's interop shadow root). It finds them from the user's own focus and typing, so
 * nothing is observed while nobody writes; while a panel is up, its root is watched only to see
 * the composer go, and the panel goes with it. The text is read only in memory; what reaches the
 * background is the text to check, and only its salted fingerprint is ever kept.
 */
import { render } from 'preact';
import { ComposerPanel } from '../../../components/composer/composer-panel';
import panelCss from '../../../components/composer/composer-panel.css?inline';
import paletteCss from '../../../components/palette.css?inline';
import { type Finding, SEVERITIES } from '../../composer/types';
import type { TextCheckAnswer } from '../../protocol/answers';
import type { TextCheck } from '../../protocol/schemas';
import {
  type Composer,
  composerInPath,
  composerOf,
  fieldInPath,
  messageRecipient,
  textOf,
  threadState,
} from '../../reader/composers';

import { profileOnScreen, topCardKeys } from '../../reader/page-parts';
import { type RecipientFacts, readRecipientFacts } from '../../reader/read-facts';
import { readLanguage } from '../../reader/read-profile';
import { createShadowHost, type ShadowHost } from '../shadow-host';

export const PANEL_HOST_NAME = 'aside-note-check';
const DEBOUNCE_MS = 150;

export interface ComposerEnv {
  signal: AbortSignal;
  /** The check runs in the background, which knows the user's plan, pace and past fingerprints. */
  check: (request: TextCheck) => Promise<TextCheckAnswer>;
  /** Calls back when the user's settings change (composer checks or quiet mode turned on again). */
  onSettingsChanged: (onChange: () => void) => void;
}

interface Mounted {
  container: Element;
  /** The panel's host while it is in the page; null while nothing is inserted. */
  ui: ShadowHost | null;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Facts of the person written to: the profile's top card when the composer is theirs (or names
 * no one else), else the first name the conversation's header shows.
 */
function recipientFacts(composer: Composer): RecipientFacts {
  const { key, name } = messageRecipient(composer);
  const card = profileOnScreen(document, location.href)?.card;
  if (card && (!key || topCardKeys(document, card).has(key))) return readRecipientFacts(card);
  return { firstName: name?.split(' ')[0]?.slice(0, 100) || null, company: null, headlineWords: [] };
}

/** The findings of several fields (an InMail's subject and body) as one list: each id once, at its most serious. */
function merge(findings: Finding[]): Finding[] {
  const byId = new Map<string, Finding>();
  for (const finding of findings) {
    const kept = byId.get(finding.id);
    if (!kept || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(kept.severity))
      byId.set(finding.id, finding);
  }
  return [...byId.values()];
}

export function startComposerChecks(env: ComposerEnv): void {
  const { signal } = env;
  const mounted = new Map<Element, Mounted>();
  const hidden = new WeakSet<Element>();
  /** One observer per root (the document, the interop shadow root) holding a mounted composer. */
  const observers = new Map<Node, MutationObserver>();
  // Checks off or quiet mode, as the background last said: nothing is observed, and no text is
  // sent to be checked, until the settings change.
  let off = false;
  env.onSettingsChanged(() => {
    off = false;
  });

  const unmount = (entry: Mounted) => {
    clearTimeout(entry.timer);
    entry.ui?.remove();
    entry.ui = null;
    mounted.delete(entry.container);
  };

  const dropGone = () => {
    for (const entry of mounted.values()) if (!entry.container.isConnected) unmount(entry);
    for (const [root, observer] of observers) {
      if (![...mounted.keys()].some((container) => container.getRootNode() === root)) {
        observer.disconnect();
        observers.delete(root);
      }
    }
  };

  const check = async (entry: Mounted) => {
    // Read anew each time: the note appears after "Add a note", the thread grows.
    const composer = composerOf(entry.container);
    const fields = composer?.fields.filter((field) => textOf(field.element).trim() !== '') ?? [];
    if (!composer || fields.length === 0) {
      if (entry.ui) render(null, entry.ui.container);
      return;
    }
    const base = {
      type: 'check-text',
      firstMessage: composer.type === 'invitation' || threadState(composer) === 'empty',
      language: readLanguage(document).value,
      recipient: recipientFacts(composer),
    } as const;
    const answers = await Promise.all(
      fields.map((field) => env.check({ ...base, kind: field.kind, text: textOf(field.element).slice(0, 100_000) })),
    );
    if (signal.aborted || !entry.container.isConnected || mounted.get(entry.container) !== entry) return;
    // Off (or quiet mode): nothing of LockLens is in the page, not even an empty host.
    if (!answers.every((answer) => answer.enabled)) {
      off = true;
      unmount(entry);
      dropGone();
      return;
    }
    entry.ui ??= createShadowHost(PANEL_HOST_NAME, `${paletteCss}\n${panelCss}`);
    // The note's dialog takes the panel last; a message form gets it just before itself, through
    // the node (the form's parent may be LinkedIn's shadow root, not an element). Again after
    // LinkedIn re-rendered the dialog's content without it.
    if (!entry.ui.host.isConnected) {
      if (composer.type === 'invitation') entry.container.append(entry.ui.host);
      else entry.container.before(entry.ui.host);
    }
    render(
      <ComposerPanel
        findings={merge(answers.flatMap((answer) => answer.findings))}
        paceLine={answers.find((answer) => answer.paceLine)?.paceLine ?? null}
        onHide={() => {
          hidden.add(entry.container);
          unmount(entry);
        }}
      />,
      entry.ui.container,
    );
  };

  /** A focus or a keystroke in a composer's field: mount its panel (once), then check (debounced). */
  const onField = (path: readonly EventTarget[]) => {
    if (off) return;
    const composer = composerInPath(path);
    if (!composer || !fieldInPath(composer, path) || hidden.has(composer.container)) return;
    let entry = mounted.get(composer.container);
    if (!entry) {
      entry = { container: composer.container, ui: null };
      mounted.set(composer.container, entry);
      const root = composer.container.getRootNode();
      if (!observers.has(root)) {
        const observer = new MutationObserver(dropGone);
        observer.observe(root, { childList: true, subtree: true });
        observers.set(root, observer);
      }
    }
    const current = entry;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => void check(current).catch(() => {}), DEBOUNCE_MS);
  };

  const safely = (path: readonly EventTarget[]) => {
    try {
      onField(path);
    } catch {
      // Never break LinkedIn: a composer we do not understand gets no panel.
    }
  };
  const listen = (event: Event) => safely(event.composedPath());
  document.addEventListener('input', listen, { capture: true, signal });
  document.addEventListener('focusin', listen, { capture: true, signal });
  // A composer LinkedIn focused before this script started (the messaging page focuses its box).
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active) safely([active]);
  signal.addEventListener(
    'abort',
    () => {
      for (const entry of mounted.values()) unmount(entry);
      dropGone();
    },
    { once: true },
  );
}
