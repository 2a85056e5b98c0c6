import { useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

/** Options under a heading (<optgroup>): communes under their former district, say. */
export interface OptionGroup {
  label: string;
  options: Option[];
}

const optionOf = (o: Option) => <option key={o.value} value={o.value}>{o.label}</option>;

/** A labelled native select: keyboard- and screen-reader-friendly by default. */
export function SelectField({ label, value, options, groups = [], onChange, className }: { label: string; value: string; options: Option[]; groups?: OptionGroup[]; onChange: (value: string) => void; className?: string }) {
  const id = useId();
  return (
    <div className={`select-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(optionOf)}
        {groups.map((g) => <optgroup key={g.label} label={g.label}>{g.options.map(optionOf)}</optgroup>)}
      </select>
    </div>
  );
}
