/**
 * Mounts the hint in a shadow root at the start of the top card, synchronously: it is in the
 * page in the same task that read the card, before LinkedIn's next frame.
 */
import { render } from 'preact';
import { Hint, type HintProps } from '../../components/hint/hint';
import hintCss from '../../components/hint/hint.css?inline';
import paletteCss from '../../components/palette.css?inline';
import verdictCss from '../../components/verdict/verdict.css?inline';
import { createShadowHost } from './shadow-host';

/** Custom element name of the hint's host: says nothing about LockLens. */
export const HINT_HOST_NAME = 'aside-note-card';

export type { HintProps };

export interface MountedHint {
  /** Renders the hint again with new props (the verdict when it arrives). */
  update(props: HintProps): void;
  remove(): void;
}

export function mountHint(topCard: Element, props: HintProps): MountedHint {
  const ui = createShadowHost(HINT_HOST_NAME, `${paletteCss}\n${hintCss}\n${verdictCss}`);
  render(<Hint {...props} />, ui.container);
  // A hint left by a previous copy of LockLens (the extension was updated under this tab: Firefox
  // drops the old script but keeps what it inserted) makes way for this one.
  for (const stale of topCard.querySelectorAll(`:scope > ${HINT_HOST_NAME}`)) stale.remove();
  topCard.prepend(ui.host);
  return {
    update: (next) => {
      if (ui.host.isConnected) render(<Hint {...next} />, ui.container);
    },
    remove: ui.remove,
  };
}
