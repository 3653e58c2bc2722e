/** The user's saved people: due follow-ups first, each with what was saved and quick actions. */
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

export function SavedList({ people, now, onChanged }: Props) {
  const update = (key: string, change: { done?: boolean; remove?: true }) =>
    void browser.runtime.sendMessage({ type: 'saved-update', key, ...change }).then(onChanged);
  const due = people.filter((p) => isDue(p, now)).length;
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
        <ul class="ll-people">
          {sortForDisplay(people, now).map((person) => (
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
    </section>
  );
}
