/**
 * The pages the bench serves, made at run time from test/fixtures/large-profile.html (fake people
 * only): the committed fixture stays script-free; bench variants get an inline page script that
 * places the marks itself (`performance.mark`) and reports them with `console.debug('bench:<mark>')`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './list-marks';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/large-profile.html');

export const PROFILE_URL = 'https://www.linkedin.com/in/avery-sampleworth/';
export const SPA_TARGET_URL = 'https://www.linkedin.com/in/blair-exampleton/';
/** A LinkedIn page with nothing on it: where a profile view starts (the content script is up there). */
export const BLANK_URL = 'https://www.linkedin.com/bench/blank';
/** The profile without its top card, which the bench inserts (time to hint on load). */
export const HINT_LOAD_URL = `${PROFILE_URL}?bench=time-to-hint`;
/** The profile with its hint, from which the bench navigates to another member (time to hint after an SPA navigation). */
export const HINT_SPA_URL = `${PROFILE_URL}?bench=spa`;
/** Churn on the full profile (`shown`), or while the top card has not arrived (`waiting`). */
export const churnUrl = (mode: 'shown' | 'waiting') => `${PROFILE_URL}?bench=churn-${mode}`;
export const HINT_HOST = 'aside-note-card';

const OWNER = { slug: 'avery-sampleworth', name: 'Avery Sampleworth', first: 'Avery', id: '000500' };
const TARGET = { slug: 'blair-exampleton', name: 'Blair Exampleton', first: 'Blair', id: '000501' };

export function largeProfileHtml(): string {
  return readFileSync(FIXTURE, 'utf8');
}

/** The top card's wrapper div and the connect drawer after it, as LinkedIn renders them together. */
function topCardSpan(html: string): { start: number; end: number } {
  const start = html.indexOf('<div componentkey="com.linkedin.sdui.profile.card.ref');
  const drawer = html.indexOf('<div componentkey="ProfilePostConnectDrawer_');
  const end = html.indexOf('</div>', drawer) + '</div>'.length;
  if (start < 0 || drawer < start) throw new Error('large-profile.html: no top card followed by the connect drawer');
  return { start, end };
}

/** The same top card for another (fake) member, as after an SPA navigation to their profile. */
function otherMember(topCard: string): string {
  return topCard
    .replaceAll(OWNER.slug, TARGET.slug)
    .replaceAll(OWNER.name, TARGET.name)
    .replaceAll(OWNER.first, TARGET.first)
    .replaceAll(`ACoAAFAKE000000000000000000000000${OWNER.id}`, `ACoAAFAKE000000000000000000000000${TARGET.id}`);
}

function withScript(html: string, script: string): string {
  return html.replace('<head>', `<head>\n<script>${script}</script>`);
}

/** Page-side marks and the watch for the hint: the host appearing with `.ll-chip` in its open shadow root. */
const MARKS = `
const say = (name, detail) => {
  performance.mark(name);
  console.debug('bench:' + name + (detail === undefined ? '' : ' ' + JSON.stringify(detail)));
};
const sinceInsert = () => performance.now() - performance.getEntriesByName('topcard-inserted').at(-1).startTime;
let armed = false;
const chipOf = (host) => host.shadowRoot && host.shadowRoot.querySelector('.ll-chip');
const awaitChip = (host) => {
  if (chipOf(host)) return say('hint-rendered', sinceInsert());
  if (!host.shadowRoot) return void setTimeout(() => awaitChip(host), 0);
  const watch = new MutationObserver(() => {
    if (chipOf(host)) { watch.disconnect(); say('hint-rendered', sinceInsert()); }
  });
  watch.observe(host.shadowRoot, { childList: true, subtree: true });
};
new MutationObserver((records) => {
  if (!armed) return;
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    const host = node.localName === '${HINT_HOST}' ? node : node.querySelector('${HINT_HOST}');
    if (host) { armed = false; return awaitChip(host); }
  }
}).observe(document, { childList: true, subtree: true });
/** Inserts the card, marks it, and marks the end of the next frame (the card painted). */
const insert = (column, nodes) => {
  armed = true;
  column.prepend(...nodes);
  say('topcard-inserted');
  requestAnimationFrame(() => setTimeout(() => say('topcard-frame', sinceInsert())));
};
`;

/**
 * Time to hint on load: the profile without its top card; `__bench.insertTopCard()` (called by the
 * bench once the content script is waiting) inserts it into the lazy column.
 */
export function timeToHintPage(): string {
  const html = largeProfileHtml();
  const { start, end } = topCardSpan(html);
  const card = html.slice(start, end);
  const page = `${html.slice(0, start)}${html.slice(end)}`.replace(
    '</body>',
    `<template id="bench-topcard">${card}</template>\n</body>`,
  );
  return withScript(
    page,
    `(() => {${MARKS}
window.__bench = Object.assign(window.__bench || {}, {
  insertTopCard() {
    const column = document.querySelector('[data-testid="lazy-column"]');
    const nodes = [...document.getElementById('bench-topcard').content.cloneNode(true).children];
    insert(column, nodes);
  },
});
})();`,
  );
}

/**
 * Time to hint after an SPA navigation: the full profile; `__bench.navigate()` pushes the other
 * member's URL, then (a task later, as after LinkedIn's fetch) swaps in their top card.
 */
export function spaPage(): string {
  const html = largeProfileHtml();
  const { start, end } = topCardSpan(html);
  const next = otherMember(html.slice(start, end));
  return withScript(
    html.replace('</body>', `<template id="bench-next-topcard">${next}</template>\n</body>`),
    `(() => {${MARKS}
window.__bench = {
  navigate() {
    history.pushState({}, '', '${new URL(SPA_TARGET_URL).pathname}');
    setTimeout(() => {
      const column = document.querySelector('[data-testid="lazy-column"]');
      const old = column.querySelectorAll(':scope > [componentkey$="Topcard"], :scope > [componentkey^="ProfilePostConnectDrawer_"]');
      for (const node of old) node.remove();
      insert(column, [...document.getElementById('bench-next-topcard').content.cloneNode(true).children]);
    }, 20);
  },
};
})();`,
  );
}

/**
 * Churn: a feed-like container in the right rail; `__bench.churn(ms, perTick)` inserts and removes
 * post-sized subtrees every 10 ms, like a feed with ads, and reports how many nodes went in and out.
 * With `topCard` the full profile (the hint is up); without, the profile still waiting for its
 * top card (the content script's observer is watching), which `__bench.insertTopCard()` adds later.
 */
export function churnPage(topCard: boolean): string {
  return withScript(
    topCard ? largeProfileHtml() : timeToHintPage(),
    `(() => {
window.__bench = Object.assign(window.__bench || {}, {
  churn(durationMs, perTick) {
    const rail = document.querySelector('main#workspace');
    const feed = document.createElement('div');
    feed.setAttribute('componentkey', 'benchFeedChurn');
    rail.append(feed);
    let added = 0;
    let removed = 0;
    let n = 0;
    const post = () => {
      const item = document.createElement('div');
      item.className = '_c0ffee' + (n % 97);
      item.innerHTML = '<a href="https://www.linkedin.com/in/feed-person-fake' + n + '/"><p>Feed Person ' + n +
        '</p></a><p>· 2nd</p><div data-testid="expandable-text-box">Sponsored update ' + n +
        ' about nothing in particular.</div><button type="button"><span>Like</span></button>';
      n++;
      return item;
    };
    const nodesIn = (el) => 1 + el.getElementsByTagName('*').length;
    const started = performance.now();
    const timer = setInterval(() => {
      for (let i = 0; i < perTick; i++) {
        const item = post();
        feed.append(item);
        added += nodesIn(item);
        if (feed.childElementCount > 60) {
          const old = feed.firstElementChild;
          removed += nodesIn(old);
          old.remove();
        }
      }
      if (performance.now() - started >= durationMs) {
        clearInterval(timer);
        const seconds = (performance.now() - started) / 1000;
        feed.remove();
        console.debug('bench:churn-done ' + JSON.stringify({ addedPerSecond: added / seconds, removedPerSecond: removed / seconds }));
      }
    }, 10);
  },
});
})();`,
  );
}

export function blankPage(): string {
  return '<!doctype html><html lang="en"><head><title>LinkedIn</title></head><body><div id="root"></div></body></html>';
}

/** Every page the bench serves, by URL (each browser serves all of them; every other request is aborted). */
export function benchPages(): Map<string, string> {
  return new Map([
    [BLANK_URL, blankPage()],
    [PROFILE_URL, largeProfileHtml()],
    [HINT_LOAD_URL, timeToHintPage()],
    [HINT_SPA_URL, spaPage()],
    [churnUrl('shown'), churnPage(true)],
    [churnUrl('waiting'), churnPage(false)],
    ...listPages(),
  ]);
}
