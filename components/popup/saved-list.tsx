/**
 * The user's saved people: due follow-ups first, each with what was saved and quick actions. The
 * popup is sent the first few as it opens (lib/saved/bounds.ts SHOWN_AT_FIRST) and everyone on
 * request: with 200 saved people it took twice as long to show its dashboard, with 2,000 almost
 * seven times (2026-12-05, docs/benchmark-notes.md).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { profileUrl } from '../../lib/linkedin-urls';
import { formatKey, formatMessage } from '../../lib/messages/format';
import { ask } from '../../lib/protocol/ask';
import { isDue, type SavedPreview } from '../../lib/saved/list';
import { shortDate } from '../verdict/relative-time';

interface Props {
  /** In display order, as the background sorted them. */
  saved: SavedPreview;
  now: number;
  /** Everyone was asked for and is on the way. */
  fetchingAll: boolean;
  onChanged: () => void;
  /** Asks for everyone; `saved` then holds them all. */
  onShowAll: () => void;
}

export function SavedList({ saved, now, fetchingAll, onChanged, onShowAll }: Props) {
  const { people, total, due } = saved;
  const list = useRef<HTMLUListElement>(null);
  /** How many were shown when the user asked for the rest, until the answer comes. */
  const shownWhenAsked = useRef<number | null>(null);
  const update = (key: string, change: { done?: boolean; remove?: true }) =>
    void ask({ type: 'saved-update', key, ...change }).then(onChanged);
  const hidden = total - people.length;
  // The answer came: the button that showed the rest is gone, and the keyboard goes on from the
  // first person it revealed. With no one more to show (no answer, or people removed meanwhile)
  // the focus stays where it is.
  useLayoutEffect(() => {
    const before = shownWhenAsked.current;
    if (before === null || fetchingAll) return;
    shownWhenAsked.current = null;
    if (people.length > before) list.current?.querySelectorAll('a')[before]?.focus();
  }, [fetchingAll, people]);
  const showAll = () => {
    if (fetchingAll) return;
    shownWhenAsked.current = people.length;
    onShowAll();
  };
  return (
    <section class="ll-saved-list" aria-labelledby="ll-saved-title" aria-busy={fetchingAll ? 'true' : undefined}>
      <h2 id="ll-saved-title">
        {formatKey('ui.saved.title')}
        {due > 0 && (
          <span class="ll-due-count"> · {formatMessage({ key: 'ui.saved.due', params: { count: due } })}</span>
        )}
      </h2>
      {total === 0 ? (
        <p class="ll-muted">{formatKey('ui.saved.empty')}</p>
      ) : (
        <ul class="ll-people" ref={list}>
          {people.map((person) => (
            <li key={person.key} data-person={person.key} data-due={isDue(person, now) ? 'true' : undefined}>
              {/* Built from the vanity name, never from a stored URL: an imported file could hold anything. */}
              <a href={profileUrl(person.key)} target="_blank" rel="noreferrer">
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
        // aria-disabled, not disabled, while the rest comes: the focus stays on the button.
        <button type="button" class="ll-link" aria-disabled={fetchingAll ? 'true' : undefined} onClick={showAll}>
          {formatMessage({ key: 'ui.saved.show-more', params: { count: hidden } })}
        </button>
      )}
    </section>
  );
}
