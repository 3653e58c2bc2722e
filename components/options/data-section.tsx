/**
 * The user's control over every byte LockLens keeps: what is stored and where, export to one
 * JSON file, import (all or nothing, with the reason when refused), and reset with confirmation.
 */
import { useState } from 'preact/hooks';
import { formatKey } from '../../lib/messages/format';
import { ask } from '../../lib/protocol/ask';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `locklens-export-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DataSection({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const exportAll = async () => {
    const text = await ask({ type: 'export-data' });
    if (text === undefined) return;
    download(text);
    setStatus({ kind: 'ok', text: formatKey('ui.options.exported') });
  };

  const importFile = async (file: File) => {
    const answer = await ask({ type: 'import-data', text: await file.text() });
    if (answer?.ok) {
      setStatus({ kind: 'ok', text: formatKey('ui.options.imported') });
      onChanged();
    } else {
      setStatus({ kind: 'error', text: answer?.error ?? formatKey('ui.options.import-failed') });
    }
  };

  const reset = async () => {
    await ask({ type: 'reset-data' });
    setConfirming(false);
    setStatus({ kind: 'ok', text: formatKey('ui.options.reset-done') });
    onChanged();
  };

  return (
    <fieldset>
      <legend>{formatKey('ui.options.data')}</legend>
      <p>{formatKey('ui.options.stored')}</p>
      <ul class="ll-stored">
        <li>{formatKey('ui.options.stored-settings')}</li>
        <li>{formatKey('ui.options.stored-ledger')}</li>
        <li>{formatKey('ui.options.stored-hidden')}</li>
        <li>{formatKey('ui.options.stored-own-profile')}</li>
        <li>{formatKey('ui.options.stored-saved')}</li>
      </ul>
      <p>{formatKey('ui.options.never-sent')}</p>
      <div class="ll-actions">
        <button type="button" class="ll-button" onClick={() => void exportAll()}>
          {formatKey('ui.options.export')}
        </button>
        <label class="ll-button ll-file">
          {formatKey('ui.options.import')}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        {confirming ? (
          <fieldset class="ll-confirm">
            <legend>{formatKey('ui.options.reset-confirm')}</legend>
            <button type="button" class="ll-button ll-danger" onClick={() => void reset()}>
              {formatKey('ui.options.reset-yes')}
            </button>{' '}
            <button type="button" class="ll-button" onClick={() => setConfirming(false)}>
              {formatKey('ui.options.cancel')}
            </button>
          </fieldset>
        ) : (
          <button type="button" class="ll-button" onClick={() => setConfirming(true)}>
            {formatKey('ui.options.reset')}
          </button>
        )}
      </div>
      {status && (
        <p
          class={status.kind === 'error' ? 'll-error' : 'll-muted'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
