/**
 * Mounts the hint in a shadow root at the start of the top card, synchronously: it is in the
 * page in the same task that read the card, before LinkedIn's next frame. The chip is plain DOM
 * (lib/content/hint-chip.ts); the panel is Preact (components/hint/hint-panel.tsx), rendered
 * when the user opens it. Keyboard: Tab reaches the chip, Enter/Space toggles the panel, Escape
 * closes it and gives the focus back to the chip.
 */
import { render } from 'preact';
import chipCss from '../../components/hint/chip.css?inline';
import { HintPanel, type HintProps, PANEL_ID } from '../../components/hint/hint-panel';
import panelCss from '../../components/hint/panel.css?inline';
import paletteCss from '../../components/palette.css?inline';
import { noticesFor } from '../../components/verdict/notices';
import verdictCss from '../../components/verdict/verdict.css?inline';
import { paintChip } from './hint-chip';
import { createShadowHost } from './shadow-host';

/** Custom element name of the hint's host: says nothing about LockLens. */
export const HINT_HOST_NAME = 'aside-note-card';

export type { HintProps };

export interface MountedHint<P extends HintProps = HintProps> {
  /** Shows new props (the verdict when it arrives). */
  update(props: P): void;
  remove(): void;
}

/**
 * A button that opens the explanation panel, in its own shadow host: the profile's chip, or a list
 * card's mark (lib/content/list-marks.ts), which differ in their host's name and extra CSS, what
 * the button shows (`paintButton`, on every paint) and where the host goes (`place`).
 */
export function mountPanelButton<P extends HintProps>(
  props: P,
  hostName: string,
  css: string,
  paintButton: (button: HTMLButtonElement, props: P) => void,
  place: (host: HTMLElement) => void,
): MountedHint<P> {
  // The chip's CSS only: the panel's is parsed when the user first opens it (most views never do).
  const ui = createShadowHost(hostName, `${paletteCss}\n${chipCss}${css}`);
  const hint = document.createElement('div');
  hint.className = 'll-hint';
  const chip = document.createElement('button');
  chip.type = 'button';
  chip.className = 'll-chip';
  chip.setAttribute('aria-controls', PANEL_ID);
  // Preact owns this slot only: the panel, while open.
  const slot = document.createElement('div');
  hint.append(chip, slot);
  ui.container.append(hint);

  let current = props;
  let open = false;
  // Until the first opening, Preact does not run at all.
  let panelRendered = false;
  const paint = () => {
    const { messaging, theme } = current;
    if (theme) hint.dataset.theme = theme;
    else delete hint.dataset.theme;
    hint.dataset.messaging = messaging;
    chip.setAttribute('aria-expanded', String(open));
    paintButton(chip, current);
    if (!open && !panelRendered) return;
    if (!panelRendered) ui.addCss(`${panelCss}\n${verdictCss}`);
    render(open ? <HintPanel {...current} onClose={close} /> : null, slot);
    panelRendered = true;
  };
  const close = () => {
    open = false;
    paint();
    chip.focus();
  };
  chip.addEventListener('click', () => {
    open = !open;
    paint();
  });
  hint.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) close();
  });
  paint();
  place(ui.host);
  return {
    update: (next) => {
      current = next;
      if (ui.host.isConnected) paint();
    },
    remove: () => {
      if (panelRendered) render(null, slot);
      ui.host.remove();
    },
  };
}

/** Scrolls to LinkedIn's own control for a step and focuses it (never clicks it). */
export function pointAt(element: Element | null): void {
  (element as HTMLElement | null)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  (element as HTMLElement | null)?.focus({ preventScroll: true });
}

export function mountHint(topCard: Element, props: HintProps): MountedHint {
  // What the chip shows now: the verdict's arrival (every view) and the panel's toggling leave it
  // as it is, so its icon and texts are rebuilt only when the state or the news changes.
  let chipShows = '';
  const paintButton = (chip: HTMLButtonElement, { messaging, saved, lastContact, now }: HintProps) => {
    const hasNews = noticesFor(saved, lastContact, now).length > 0;
    const shows = `${messaging} ${hasNews}`;
    if (shows !== chipShows) {
      paintChip(chip, { messaging, hasNews });
      chipShows = shows;
    }
  };
  return mountPanelButton(props, HINT_HOST_NAME, '', paintButton, (host) => {
    // A hint left by a previous copy of LockLens (the extension was updated under this tab: Firefox
    // drops the old script but keeps what it inserted) makes way for this one.
    for (const stale of topCard.querySelectorAll(`:scope > ${HINT_HOST_NAME}`)) stale.remove();
    topCard.prepend(host);
  });
}
