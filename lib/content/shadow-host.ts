/**
 * A host for LockLens's UI in LinkedIn's page: a neutral custom element with an open shadow root,
 * its CSS inlined in a <style> (no web-accessible file, no extension URL in the page), LinkedIn's
 * inherited styles reset at the host, and keyboard events stopped at the shadow root so typing in
 * LockLens never reaches LinkedIn's shortcuts. Created detached: the caller inserts `host` where
 * it belongs. (WXT's createShadowRootUi does the same with anchor polling and a CSS-fetch path
 * LockLens never uses, kilobytes of the content script's 20 kB gzip budget.)
 */
import { render } from 'preact';

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowHost {
  /** The element to insert into the page. */
  host: HTMLElement;
  /** Where to render, inside the shadow root. */
  container: HTMLElement;
  /** Adds more CSS to the shadow root (after what it was created with). */
  addCss(css: string): void;
  /** Unmounts what was rendered into `container` and takes the host out of the page. */
  remove(): void;
}

function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(styleElement(`:host{all:initial!important}\n${css}`), container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    container,
    addCss: (more) => container.before(styleElement(more)),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}
