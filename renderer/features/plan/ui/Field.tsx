import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Returns an error message to show in place, or null when the value was taken. */
  onCommit: (text: string) => string | null;
  multiline?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

/** A field that applies on Enter or when it loses focus, and shows a refusal right under itself. */
export function Field({ label, value, onCommit, multiline, inputMode = 'text' }: Props) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    setText(value);
    setError(null);
  }
  const commit = () => {
    if (text === value) return setError(null);
    setError(onCommit(text));
  };
  const common = {
    value: text,
    'aria-invalid': error ? ('true' as const) : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setText(e.target.value),
    onBlur: commit,
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input inputMode={inputMode} {...common} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
