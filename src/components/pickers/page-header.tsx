import type { ReactNode } from 'react';

/** The page's h1 and its selection controls, laid out the same on every view. */
export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {children && <div className="page-controls">{children}</div>}
    </div>
  );
}
