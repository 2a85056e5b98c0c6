import type { ReactNode } from 'react';
import { useId } from 'react';
import { usePresenters } from '../lib/use-presenters';

export interface TableColumn {
  key: string;
  label: string;
}

/**
 * A chart with its accessible name, a caption, and its data as a table:
 * the text alternative screen readers (and leaders who prefer numbers) can open.
 */
export function ChartFrame(props: {
  title: string;
  caption?: ReactNode;
  children: ReactNode;
  columns: TableColumn[];
  rows: Record<string, string>[];
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const { t } = usePresenters();
  const titleId = useId();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <figure className={`chart-frame ${props.className ?? ''}`} aria-labelledby={titleId}>
      <Heading id={titleId} className="chart-title">{props.title}</Heading>
      {props.caption && <figcaption className="chart-caption">{props.caption}</figcaption>}
      <div role="img" aria-label={props.title} className="chart-body">{props.children}</div>
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        <table>
          <caption className="visually-hidden">{t('tableOf', { title: props.title })}</caption>
          <thead>
            <tr>{props.columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {props.rows.map((row, i) => (
              <tr key={i}>{props.columns.map((c) => <td key={c.key}>{row[c.key]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
