/**
 * The user's saved people: due follow-ups first, each with what was saved and quick actions. The
 * first few are shown as the popup opens, the rest on request: with 200 saved people the popup
 * took twice as long to show its dashboard, with 2,000 almost seven times (2026-12-05,
 * BENCHMARKS.md).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatKey, formatMessage } from '../../lib/messages/format';
import { isDue, sortForDisplay } from '../../lib/saved/list';
import type { SavedPerson } from '../../lib/saved/schema';
import { shortDate } from '../verdict/relative-time';

interface Props {
  people: SavedPerson[];
  now: number;
  onChanged: () => void;
}

/** How many people the popup shows as it opens (due ones first). */
export const SHOWN_AT_FIRST = 20;

export function SavedList({ people, now, onChanged }: Props) {
  const [showAll, setShowAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const update = (key: string, change: { done?: boolean; remove?: true }) =>
    void browser.runtime.sendMessage({ type: 'saved-update', key, ...change }).then(onChanged);
  const due = people.filter((p) => isDue(p, now)).length;
  const sorted = sortForDisplay(people, now);
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  const hidden = sorted.length - shown.length;
  // The button that showed the rest is gone: the keyboard goes on from the first person it revealed.
  useLayoutEffect(() => {
    if (showAll) list.current?.querySelectorAll('a')[SHOWN_AT_FIRST]?.focus();
  }, [showAll]);
  return (
    <section class="ll-saved-list" aria-labelledby="ll-saved-title">
      <h2 id="ll-saved-title">
        {formatKey('ui.saved.title')}
        {due > 0 && (
          <span class="ll-due-count"> · {formatMessage({ key: 'ui.saved.due', params: { count: due } })}</span>
        )}
      </h2>
      {people.length === 0 ? (
        <p class="ll-muted">{formatKey('ui.saved.empty')}</p>
      ) : (
        <ul class="ll-people" ref={list}>
          {shown.map((person) => (
            <li key={person.key} data-person={person.key} data-due={isDue(person, now) ? 'true' : undefined}>
              {/* Built from the vanity name, never from a stored URL: an imported file could hold anything. */}
              <a
                href={`https://www.linkedin.com/in/${encodeURIComponent(person.key.toWellFormed())}/`}
                target="_blank"
                rel="noreferrer"
              >
                {person.name}
              </a>
              <span class="ll-muted">
                {' '}
                · {formatKey(`messaging.${person.verdict.messaging}`)}
                {person.followUpAt !== null &&
                  ` · ${formatMessage({ key: isDue(person, now) ? 'ui.saved.was-due' : 'ui.saved.follow-up', params: { date: shortDate(person.followUpAt) } })}`}
              </span>
              {person.note && <p class="ll-note">{person.note}</p>}
              <div class="ll-person-actions">
                {!person.done && (
                  <button type="button" class="ll-link" onClick={() => update(person.key, { done: true })}>
                    {formatKey('ui.saved.mark-done')}
                  </button>
                )}
                <button type="button" class="ll-link" onClick={() => update(person.key, { remove: true })}>
                  {formatKey('ui.saved.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" class="ll-link" onClick={() => setShowAll(true)}>
          {formatMessage({ key: 'ui.saved.show-more', params: { count: hidden } })}
        </button>
      )}
    </section>
  );
}
