/** Tells the user about problems LockLens met with its own stored data, and what it did. */
import { formatKey, formatMessage } from '../../lib/messages/format';
import type { StorageProblem } from '../../lib/storage/problems';

export function StorageProblems({ problems, onDismiss }: { problems: StorageProblem[]; onDismiss: () => void }) {
  if (problems.length === 0) return null;
  return (
    <section class="ll-problems" role="alert" aria-labelledby="ll-problems-title">
      <h2 id="ll-problems-title">{formatKey('ui.problems.title')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.kind}-${problem.at}`} data-problem={problem.kind}>
            {formatMessage({ key: `ui.problems.${problem.kind}`, params: { detail: problem.detail } })}
          </li>
        ))}
      </ul>
      <button type="button" class="ll-button" onClick={onDismiss}>
        {formatKey('ui.problems.dismiss')}
      </button>
    </section>
  );
}
