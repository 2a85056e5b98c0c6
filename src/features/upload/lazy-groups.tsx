import { useState, type ReactNode } from 'react';

/**
 * A long list in groups of `size`, each a <details> drawn only while open; the first opens by
 * itself. A 1,000-column file then renders one group's rows, not a thousand.
 */
export function LazyGroups({ count, size, summary, children }: { count: number; size: number; summary: (from: number, to: number) => ReactNode; children: (from: number, to: number) => ReactNode }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set([0]));
  if (count <= size) return children(0, count);
  const toggle = (group: number, isOpen: boolean) => setOpen((was) => (was.has(group) === isOpen ? was : new Set(isOpen ? [...was, group] : [...was].filter((g) => g !== group))));
  return Array.from({ length: Math.ceil(count / size) }, (_, group) => {
    const from = group * size;
    const to = Math.min(count, from + size);
    return (
      <details key={group} className="lazy-group" open={open.has(group)} onToggle={(e) => toggle(group, e.currentTarget.open)}>
        <summary>{summary(from, to)}</summary>
        {open.has(group) && children(from, to)}
      </details>
    );
  });
}
