/** Reading the hint from the page the way a test (or a curious page script) can: through its open shadow root. */
import type { E2EPage } from './types';

export const HOST = 'aside-note-card';

export interface HintState {
  hosts: number;
  chip: string | null;
  expanded: string | null;
  panel: string | null;
  focusedInHint: string | null;
}

export function hintState(page: E2EPage): Promise<HintState> {
  return page.evaluate((host) => {
    const hosts = document.querySelectorAll(host);
    const root = hosts[0]?.shadowRoot ?? null;
    const chip = root?.querySelector('.ll-chip') ?? null;
    return {
      hosts: hosts.length,
      chip: chip?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      expanded: chip?.getAttribute('aria-expanded') ?? null,
      panel: root?.querySelector('.ll-panel')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      focusedInHint: (root?.activeElement as HTMLElement | null)?.className ?? null,
    };
  }, HOST);
}

export function waitForHint(page: E2EPage, text?: string): Promise<void> {
  return page.waitFor(
    ({ host, text }) => {
      const chip = document.querySelector(host)?.shadowRoot?.querySelector('.ll-chip');
      return chip && (!text || chip.textContent?.includes(text));
    },
    { host: HOST, text },
  );
}

/** The page's own markup, with the hint's host taken out, as the browser serializes it. */
export function pageMarkupWithoutHint(page: E2EPage): Promise<string> {
  return page.evaluate((host) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll(host)) el.remove();
    return clone.innerHTML;
  }, HOST);
}

/** The same fixture as the browser's parser builds it, untouched by any script. */
export function pristineMarkup(page: E2EPage, html: string): Promise<string> {
  return page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').body.innerHTML, html);
}

/**
 * What LinkedIn's router does after an SPA navigation: React swaps the screen inside `#root` for
 * the next profile's (`html`: a whole fixture page); `#root` itself stays.
 */
export function swapInProfile(page: E2EPage, html: string): Promise<void> {
  return page.evaluate((markup) => {
    const next = new DOMParser().parseFromString(markup, 'text/html');
    const root = document.getElementById('root');
    const nextRoot = next.getElementById('root');
    if (root && nextRoot) root.replaceChildren(...[...nextRoot.childNodes].map((n) => document.adoptNode(n)));
  }, html);
}
