/**
 * Mounts the composer panel next to LinkedIn's message box and invitation note while they are
 * open, and re-checks the text as the user types (debounced). The text is read only while the
 * composer is open and only in memory; what reaches the background is its salted fingerprint.
 */
import { render } from 'preact';
import { ComposerPanel } from '../../../components/composer/composer-panel';
import panelCss from '../../../components/composer/composer-panel.css?inline';
import paletteCss from '../../../components/palette.css?inline';
import type { ComposerKind } from '../../composer/types';
import { profileSlugFromUrl } from '../../page-detection';
import type { TextCheck, TextCheckAnswer } from '../../protocol';
import { queryEntry } from '../../reader/dom';
import { findTopCardFor, interopShadowRoot } from '../../reader/page-parts';
import { readRecipientFacts } from '../../reader/read-facts';
import { COMPOSER } from '../../reader/selectors';
import { createShadowHost, type ShadowHost } from '../shadow-host';

export const PANEL_HOST_NAME = 'aside-note-check';
const DEBOUNCE_MS = 150;

export interface ComposerEnv {
  signal: AbortSignal;
  /** The check runs in the background, which knows the user's plan, pace and past fingerprints. */
  check: (request: TextCheck) => Promise<TextCheckAnswer>;
}

interface Mounted {
  kind: ComposerKind;
  field: Element;
  container: Element;
  firstMessage: boolean;
  /** The panel's host while it is in the page; null while nothing is inserted. */
  ui: ShadowHost | null;
  show: () => HTMLElement;
  hide: () => void;
  remove: () => void;
  update: () => void;
}

function textOf(field: Element): string {
  return field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? '');
}

function recipientFacts() {
  const slug = profileSlugFromUrl(location.href);
  const card = slug ? findTopCardFor(document, slug) : null;
  return card ? readRecipientFacts(card) : { firstName: null, company: null, headlineWords: [] };
}

/** Open composers in LinkedIn's interop layer: invitation dialogs with a note, message forms. */
function findComposers(root: ParentNode): { container: Element; field: Element; kind: ComposerKind }[] {
  const found: { container: Element; field: Element; kind: ComposerKind }[] = [];
  for (const dialog of root.querySelectorAll(COMPOSER.dialog.map((a) => a.css).join(', '))) {
    const note = queryEntry(dialog, 'noteField', COMPOSER.noteField)?.element;
    if (note) found.push({ container: dialog, field: note, kind: 'invitation-note' });
  }
  for (const form of root.querySelectorAll(COMPOSER.messageForm.map((a) => a.css).join(', '))) {
    const box = queryEntry(form, 'messageBox', COMPOSER.messageBox)?.element;
    if (!box || found.some((f) => f.container.contains(form))) continue;
    const inmail = queryEntry(form, 'inmailSubject', COMPOSER.inmailSubject) !== null;
    found.push({ container: form, field: box, kind: inmail ? 'inmail-body' : 'message' });
  }
  return found;
}

export function startComposerChecks(env: ComposerEnv): void {
  const { signal } = env;
  const mounted = new Map<Element, Mounted>();
  const hidden = new WeakSet<Element>();
  let observed: ShadowRoot | null = null;
  let observer: MutationObserver | null = null;

  const check = async (entry: Mounted) => {
    const text = textOf(entry.field);
    if (text.trim() === '') {
      if (entry.ui) render(null, entry.ui.container);
      return;
    }
    const { enabled, findings, paceLine } = await env.check({
      type: 'check-text',
      kind: entry.kind,
      text: text.slice(0, 100_000),
      firstMessage: entry.firstMessage,
      language: document.documentElement.getAttribute('lang')?.split('-')[0] ?? null,
      recipient: recipientFacts(),
    });
    if (signal.aborted || !entry.container.isConnected) return;
    // Off (or quiet mode): nothing of LockLens is in the page, not even an empty host.
    if (!enabled) {
      entry.hide();
      return;
    }
    render(
      <ComposerPanel
        findings={findings}
        paceLine={paceLine}
        onHide={() => {
          hidden.add(entry.container);
          entry.remove();
          mounted.delete(entry.container);
        }}
      />,
      entry.show(),
    );
  };

  const mount = (container: Element, field: Element, kind: ComposerKind) => {
    const firstMessage = container.parentElement?.querySelector(COMPOSER.threadItem[0].css) == null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The host is inserted only when there is something to show (see `check`).
    const entry: Mounted = {
      kind,
      field,
      container,
      firstMessage,
      ui: null,
      show: () => {
        if (!entry.ui) {
          entry.ui = createShadowHost(PANEL_HOST_NAME, `${paletteCss}\n${panelCss}`);
          // The note's dialog takes the panel last; a message form gets it just before itself,
          // through the node (the form's parent may be LinkedIn's shadow root, not an element).
          if (kind === 'invitation-note') container.append(entry.ui.host);
          else container.before(entry.ui.host);
        }
        return entry.ui.container;
      },
      hide: () => {
        entry.ui?.remove();
        entry.ui = null;
      },
      remove: () => {
        clearTimeout(timer);
        entry.hide();
      },
      update: () => {
        clearTimeout(timer);
        timer = setTimeout(() => void check(entry).catch(() => {}), DEBOUNCE_MS);
      },
    };
    mounted.set(container, entry);
    entry.update();
  };

  const scan = () => {
    for (const [container, entry] of mounted) {
      if (!container.isConnected) {
        entry.remove();
        mounted.delete(container);
      }
    }
    if (!observed) return;
    for (const { container, field, kind } of findComposers(observed)) {
      if (!mounted.has(container) && !hidden.has(container)) mount(container, field, kind);
    }
  };

  // LinkedIn attaches its interop shadow root after load: look again whenever the user acts.
  const ensureObserving = () => {
    const root = interopShadowRoot(document);
    if (!root || root === observed) return;
    observer?.disconnect();
    observed = root;
    observer = new MutationObserver(scan);
    observer.observe(root, { childList: true, subtree: true });
    scan();
  };

  ensureObserving();
  document.addEventListener('click', ensureObserving, { capture: true, signal });
  document.addEventListener(
    'input',
    (event) => {
      for (const node of event.composedPath()) {
        if (!(node instanceof Element)) continue;
        const entry = [...mounted.values()].find((m) => m.field === node);
        if (entry) return entry.update();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      for (const entry of mounted.values()) entry.remove();
      mounted.clear();
    },
    { once: true },
  );
}
