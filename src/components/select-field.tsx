import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

/** A labelled native select: keyboard- and screen-reader-friendly by default. */
export function SelectField({ label, value, options, onChange, className }: { label: string; value: string; options: Option[]; onChange: (value: string) => void; className?: string }) {
  const id = useId();
  return (
    <div className={`select-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
