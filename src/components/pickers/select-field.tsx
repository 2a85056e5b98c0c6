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

/** Beyond this many options (a country's 3,300 communes) the select gets its width from the longest label's length. */
const LONG_LIST = 300;

/**
 * A select's own width is that of its widest option: to find it the browser styles and measures every option,
 * 3,300 of them one task of 60–150 ms. A long list is given that width itself, in characters (the longest
 * label's, plus room for the padding and the arrow): its options are then styled only when it opens.
 */
function widthOf(options: Option[], groups: OptionGroup[]): string | undefined {
  const all = [...options, ...groups.flatMap((g) => [{ label: g.label }, ...g.options])];
  if (all.length <= LONG_LIST) return undefined;
  return `calc(${all.reduce((n, o) => Math.max(n, o.label.length), 0)}ch + 2.5rem)`;
}

/** A labelled native select: keyboard- and screen-reader-friendly by default. */
export function SelectField({ label, value, options, groups = [], onChange, className }: { label: string; value: string; options: Option[]; groups?: OptionGroup[]; onChange: (value: string) => void; className?: string }) {
  const id = useId();
  const width = widthOf(options, groups);
  return (
    <div className={`select-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} style={width ? { width } : undefined}>
        {options.map(optionOf)}
        {groups.map((g) => <optgroup key={g.label} label={g.label}>{g.options.map(optionOf)}</optgroup>)}
      </select>
    </div>
  );
}
