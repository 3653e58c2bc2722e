/**
 * Mounts the hint in a shadow root at the start of the top card, with its CSS inlined (no
 * web-accessible resource, no extension URL in the page) and a neutral element name. Keyboard
 * events stay inside (isolateEvents), so typing in the hint never reaches LinkedIn's shortcuts.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Hint, type HintProps } from '../../components/hint/hint';
import hintCss from '../../components/hint/hint.css?inline';
import verdictCss from '../../components/verdict/verdict.css?inline';

/** Custom element name of the hint's host: says nothing about LockLens. */
export const HINT_HOST_NAME = 'aside-note-card';

export interface MountedHint {
  remove(): void;
}

export async function mountHint(ctx: ContentScriptContext, topCard: Element, props: HintProps): Promise<MountedHint> {
  const ui = await createShadowRootUi(ctx, {
    name: HINT_HOST_NAME,
    position: 'inline',
    anchor: topCard,
    append: 'first',
    css: `${hintCss}\n${verdictCss}`,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => {
      render(<Hint {...props} />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return { remove: () => ui.remove() };
}
