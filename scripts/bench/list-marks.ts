/**
 * The list marks' cases (issue #33): a people search page whose results arrive as LinkedIn
 * renders them, 10 first, then 40 more loaded as the user scrolls down; and the same list churning
 * as LinkedIn's does (cards re-rendered in place, a feed beside it) for a few seconds. Profiled:
 * the extension's own samples, the page's script and task time, and how many frames each card was
 * on screen without its mark (`markFrames`, the worst card: the mark must be in place within one
 * frame of the card's arrival).
 *
 * The pages are made at run time from test/fixtures/search-results-people.html (fake people only):
 * its six cards (1st with Message, 2nd with Connect, 3rd with Follow, Pending, Premium) repeated as
 * 50 made-up people. A page script counts frames (`requestAnimationFrame`), sees each card come on
 * screen with an IntersectionObserver of its own (created before any extension's) and each mark
 * (`aside-note-tag`, the reference extension's too) arrive, and reports with `console.debug`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchBrowser } from './browsers';
import { type CpuSplit, type PageMetrics, splitProfile, startMeasuring } from './cdp';
import { extensionPrefix } from './cpu';
import { nextMark, sleep } from './page-marks';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/search-results-people.html');

export const LIST_URL = 'https://www.linkedin.com/search/results/people/?keywords=bench';
export const LIST_CHURN_URL = 'https://www.linkedin.com/search/results/people/?keywords=bench&bench=churn';
/** The results LinkedIn shows first, and those it loads as the user scrolls to the end. */
const FIRST = 10;
const MORE = 40;
/** How long the list churns. */
export const LIST_CHURN_MS = 5_000;
const MARK_HOST = 'aside-note-tag';
/**
 * How long the profile goes on after the last mark: the verdicts of the last cards on screen are
 * asked for once cards stop coming (lib/content/list-marks.ts, VERDICT_QUIET_MS), then painted.
 */
export const LIST_LINES_MS = 600;

/** The fixture's cards with the person each names (slug, name, member id), as templates. */
const PEOPLE = [
  { slug: 'dana-example', name: 'Dana Example', id: '000001' },
  { slug: 'sam-placeholder-42', name: 'Sam Placeholder', id: null },
  { slug: 'kim-fakename', name: 'Kim Fakename', id: null },
  { slug: 'lee-mockery', name: 'Lee Mockery', id: null },
  { slug: 'quinn-prototype', name: 'Quinn Prototype', id: null },
  { slug: 'ari-premiumfake', name: 'Ari Premiumfake', id: '000031' },
];

/** `count` result cards, each a fixture card for another made-up person. */
function cards(html: string, count: number, from = 0): string {
  const start = html.indexOf('<ul role="list"');
  const list = html.slice(start, html.indexOf('</ul>', start));
  const items = list
    .split('<li ')
    .slice(1)
    .map((item) => `<li ${item}`);
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    const person = PEOPLE[n % PEOPLE.length] as (typeof PEOPLE)[number];
    let card = items[n % items.length] ?? '';
    card = card.replaceAll(person.slug, `bench-person-${n}`).replaceAll(person.name, `Bench Person ${n}`);
    if (person.id) card = card.replaceAll(`00000000${person.id}`, String(n + 100_000).padStart(14, '0'));
    return card;
  }).join('\n');
}

/**
 * The page's own bookkeeping: frames, cards on screen, marks. `bench:list-marked` once every card
 * that has been on screen carries a mark, with the worst card's frames without it.
 */
const WATCH = `
let frame = 0;
const tick = () => { frame++; requestAnimationFrame(tick); };
requestAnimationFrame(tick);
const shownAt = new Map();
const markedAt = new Map();
let waiting = false;
const say = (name, detail) => console.debug('bench:' + name + (detail === undefined ? '' : ' ' + JSON.stringify(detail)));
const settle = () => {
  if (!waiting || shownAt.size === 0 || [...shownAt.keys()].some((card) => !markedAt.has(card))) return;
  waiting = false;
  // A mark inserted by the very observer callback that saw its card arrive counts 0.
  const frames = [...shownAt].map(([card, at]) => Math.max(0, markedAt.get(card) - at));
  say('list-marked', { markFrames: Math.max(...frames), cards: markedAt.size });
};
const seen = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting && !shownAt.has(entry.target)) shownAt.set(entry.target, frame);
  settle();
});
const cardOf = (node) => node.closest && node.closest('[data-view-name="people-search-result"]');
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    if (node.localName === '${MARK_HOST}') {
      const card = cardOf(node);
      if (card && !markedAt.has(card)) markedAt.set(card, frame);
    }
    for (const card of node.matches('[data-view-name="people-search-result"]') ? [node] : node.querySelectorAll('[data-view-name="people-search-result"]')) seen.observe(card);
  }
  settle();
}).observe(document, { childList: true, subtree: true });
const list = () => document.querySelector('ul[role="list"]');
const insert = (id) => {
  const template = document.getElementById(id).content.cloneNode(true);
  for (const card of template.querySelectorAll('[data-view-name="people-search-result"]')) card.style.minHeight = '120px';
  list().append(template);
};
`;

function listPage(script: string): string {
  const html = readFileSync(FIXTURE, 'utf8');
  const start = html.indexOf('<ul role="list"');
  const end = html.indexOf('</ul>', start) + '</ul>'.length;
  const page = `${html.slice(0, start)}<ul role="list"></ul>${html.slice(end)}`.replace(
    '</body>',
    `<template id="bench-first">${cards(html, FIRST)}</template>
<template id="bench-more">${cards(html, MORE, FIRST)}</template>
<div id="bench-rail"></div>
</body>`,
  );
  return page.replace('<head>', `<head>\n<script>(() => {${WATCH}${script}})();</script>`);
}

/** The results arrive (`results`), then 40 more as the user scrolls to the end (`loadMore`, then `scroll`). */
function listLoadPage(): string {
  return listPage(`
window.__bench = {
  results() { waiting = true; insert('bench-first'); },
  loadMore() { insert('bench-more'); },
  scroll() {
    const step = () => {
      window.scrollBy(0, 240);
      if (window.scrollY + window.innerHeight < document.documentElement.scrollHeight) requestAnimationFrame(step);
      else setTimeout(() => { say('scrolled'); waiting = true; settle(); }, 50);
    };
    requestAnimationFrame(step);
  },
};`);
}

/**
 * The list churning: every 10 ms one card re-rendered in place (a fresh copy of the same person's
 * card, as React's re-renders do) and post-sized subtrees in and out of a feed beside the list.
 */
function listChurnPage(): string {
  return listPage(`
window.__bench = {
  results() { waiting = true; insert('bench-first'); },
  churn(durationMs) {
    const rail = document.getElementById('bench-rail');
    let n = 0;
    const timer = setInterval(() => {
      const items = list().children;
      const item = items[n % items.length];
      const fresh = item.cloneNode(true);
      for (const mark of fresh.querySelectorAll('${MARK_HOST}')) mark.remove();
      item.replaceWith(fresh);
      for (let i = 0; i < 4; i++) {
        const post = document.createElement('div');
        post.innerHTML = '<p>Post ' + n + '</p><a href="https://www.linkedin.com/feed/update/' + n + '/"><span>Like</span></a>';
        rail.append(post);
        if (rail.children.length > 40) rail.firstElementChild.remove();
      }
      n++;
    }, 10);
    setTimeout(() => { clearInterval(timer); waiting = true; say('churn-done'); setTimeout(settle, 100); }, durationMs);
  },
};`);
}

export function listPages(): [string, string][] {
  return [
    [LIST_URL, listLoadPage()],
    [LIST_CHURN_URL, listChurnPage()],
  ];
}

export interface ListResult {
  split: CpuSplit;
  metrics: PageMetrics;
  /** The worst card's frames on screen without its mark. */
  markFrames: number;
  cards: number;
}

interface Marked {
  markFrames: number;
  cards: number;
}

/** 10 results, then 40 more loaded as the user scrolls to the end; profiled from the first result to the last mark's line. */
export async function listLoad(browser: BenchBrowser): Promise<ListResult> {
  const page = await browser.newPage();
  try {
    await page.goto(LIST_URL, { waitUntil: 'load' });
    // The content script (document_idle) is up and observing, its context answered.
    await sleep(500);
    const measurement = await startMeasuring(page);
    const first = nextMark<Marked>(page, 'list-marked');
    await page.evaluate('window.__bench.results()');
    const firstMarked = await first;
    await page.evaluate('window.__bench.loadMore()');
    const scrolled = nextMark(page, 'scrolled');
    const all = nextMark<Marked>(page, 'list-marked', 20_000);
    await page.evaluate('window.__bench.scroll()');
    await scrolled;
    const allMarked = await all;
    // The marks' lines come after the marks (the background's verdicts, asked for in batches):
    // their messages and paints are the extension's work on this page too.
    await sleep(LIST_LINES_MS);
    const { profile, metrics } = await measurement.stop();
    return {
      split: splitProfile(profile, extensionPrefix(browser)),
      metrics,
      markFrames: Math.max(firstMarked.markFrames, allMarked.markFrames),
      cards: allMarked.cards,
    };
  } finally {
    await page.close();
  }
}

/** The 10 results churning for LIST_CHURN_MS; profiled throughout; every card still carries one mark after. */
export async function listChurn(browser: BenchBrowser): Promise<ListResult> {
  const page = await browser.newPage();
  try {
    await page.goto(LIST_CHURN_URL, { waitUntil: 'load' });
    await sleep(500);
    const first = nextMark<Marked>(page, 'list-marked');
    await page.evaluate('window.__bench.results()');
    await first;
    const measurement = await startMeasuring(page);
    const done = nextMark(page, 'churn-done', LIST_CHURN_MS + 10_000);
    await page.evaluate(`window.__bench.churn(${LIST_CHURN_MS})`);
    await done;
    const { profile, metrics } = await measurement.stop();
    const marks = await page.evaluate(
      (host) =>
        [...document.querySelectorAll('[data-view-name="people-search-result"]')].map(
          (card) => card.querySelectorAll(host).length,
        ),
      MARK_HOST,
    );
    if (marks.some((count) => count > 1)) throw new Error(`list churn: a card with ${Math.max(...marks)} marks`);
    return {
      split: splitProfile(profile, extensionPrefix(browser)),
      metrics,
      markFrames: Number.NaN,
      cards: marks.length,
    };
  } finally {
    await page.close();
  }
}
