/**
 * "Your profile": what LockLens saw missing on the user's own profile when they last opened it
 * (a photo, an About section…), what it could not check, and when that was. The advice is the
 * community's, like the verdict's causes it feeds ("incomplete profile", "small network").
 */
import { SMALL_NETWORK } from '../../lib/evaluator/facts';
import { formatKey, formatMessage } from '../../lib/messages/format';
import { OWN_PROFILE_PARTS, type OwnProfileSummary } from '../../lib/own-profile/summary';
import { relativeDays } from '../verdict/relative-time';

let lists: Intl.ListFormat | undefined;
const listOf = (items: string[]) => {
  lists ??= new Intl.ListFormat(undefined, { type: 'conjunction' });
  return lists.format(items);
};

export function OwnProfileSection({ summary, now }: { summary: OwnProfileSummary | null; now: number }) {
  return (
    <section class="ll-own-profile" aria-labelledby="ll-own-profile-title">
      <h2 id="ll-own-profile-title">{formatKey('ui.own-profile.title')}</h2>
      {summary ? (
        <Summary summary={summary} now={now} />
      ) : (
        <p class="ll-muted">{formatKey('ui.own-profile.never-read')}</p>
      )}
    </section>
  );
}

function Summary({ summary, now }: { summary: OwnProfileSummary; now: number }) {
  const missing = OWN_PROFILE_PARTS.filter((part) => summary.parts[part] === false);
  const unchecked: string[] = OWN_PROFILE_PARTS.filter((part) => summary.parts[part] === null);
  if (summary.connections === null) unchecked.push('connections');
  const smallNetwork = summary.connections !== null && summary.connections < SMALL_NETWORK;
  return (
    <>
      {missing.length > 0 || smallNetwork ? (
        <ul class="ll-own-missing">
          {missing.map((part) => (
            <li key={part} data-missing={part}>
              {formatKey(`ui.own-profile.missing.${part}`)}
            </li>
          ))}
          {smallNetwork && (
            <li data-missing="network">
              {formatMessage({ key: 'ui.own-profile.missing.network', params: { count: summary.connections ?? 0 } })}
            </li>
          )}
        </ul>
      ) : (
        <p>{formatKey('ui.own-profile.nothing-missing')}</p>
      )}
      {unchecked.length > 0 && (
        <p class="ll-muted" data-unchecked={unchecked.join(' ')}>
          {formatMessage({
            key: 'ui.own-profile.unchecked',
            params: { parts: listOf(unchecked.map((part) => formatKey(`ui.own-profile.part.${part}`))) },
          })}
        </p>
      )}
      <p class="ll-muted">
        {formatMessage({ key: 'ui.own-profile.read', params: { when: relativeDays(summary.readAt, now) } })}
      </p>
      <p class="ll-muted ll-source">{formatKey('ui.own-profile.source')}</p>
    </>
  );
}
