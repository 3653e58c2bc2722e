/**
 * A whole-number field that saves only valid values: anything else shows why, next to the field,
 * and leaves the stored value as it was. Empty means "not set" when `allowEmpty`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatMessage } from '../../lib/messages/format';

interface Props {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  allowEmpty?: boolean;
  placeholder?: string;
  hint?: string;
  onSave: (value: number | null) => void;
}

export function NumberField({ id, label, value, min, max, allowEmpty = false, placeholder, hint, onSave }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow the stored value when it changes elsewhere (sync, import, reset), but never on mount:
  // effects run after the first paint, and a user typing fast would lose what they typed.
  const shown = useRef(value);
  useEffect(() => {
    if (shown.current === value) return;
    shown.current = value;
    setText(value === null ? '' : String(value));
    setError(null);
  }, [value]);

  const commit = (raw: string) => {
    const trimmed = raw.trim();
    if (trimmed === '' && allowEmpty) {
      setError(null);
      shown.current = null;
      onSave(null);
      return;
    }
    if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) {
      setError(formatMessage({ key: 'ui.options.whole-number', params: { min, max } }));
      return;
    }
    setError(null);
    shown.current = Number(trimmed);
    onSave(Number(trimmed));
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="ll-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        inputMode="numeric"
        value={text}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
        onInput={(event) => {
          setText(event.currentTarget.value);
          commit(event.currentTarget.value);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="ll-hint-text">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="ll-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
