import { useState, type ReactNode, type SelectHTMLAttributes } from 'react';

/**
 * A <select> that builds its option list when a person reaches for it (pointer over it, press,
 * or keyboard focus), showing only its current choice before. A thousand mapping rows then cost a
 * thousand options, not 67,000: the page stays responsive on a 1,000-column file.
 */
export function DeferredSelect({ value, currentLabel, children, ...rest }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'children'> & { value: string; currentLabel: string; children: ReactNode }) {
  const [armed, setArmed] = useState(false);
  const arm = () => setArmed(true);
  return (
    <select {...rest} value={value} onFocus={arm} onPointerEnter={arm} onPointerDown={arm}>
      {armed ? children : <option value={value}>{currentLabel}</option>}
    </select>
  );
}
