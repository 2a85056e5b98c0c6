import { useState } from 'react';

/**
 * A number input that keeps what the person is typing ("1." or "") while passing on only valid
 * numbers, and follows outside changes (reset, import) when they differ from the draft.
 */
export function NumberInput({ value, onCommit, isValid, label, min, max }: { value: number; onCommit: (n: number) => void; isValid: (n: number) => boolean; label: string; min: number; max: number }) {
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (Number(draft) !== value) setDraft(String(value));
  }
  const invalid = draft.trim() === '' || !isValid(Number(draft));
  return (
    <input
      type="number"
      inputMode="decimal"
      step="any"
      min={min}
      max={max}
      aria-label={label}
      aria-invalid={invalid || undefined}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== '' && isValid(n)) onCommit(n);
      }}
      onBlur={() => invalid && setDraft(String(value))}
    />
  );
}
