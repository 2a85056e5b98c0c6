import type { ReactNode } from 'react';
import { useId, useRef, useState } from 'react';
import { usePresenters } from '../../lib/language/use-presenters';
import { cellOf, type ChartFigures, type CsvColumn } from '../export/chart-csv';
import { ChartExportControls } from '../export/chart-export-controls';
import { useChartProvenance } from '../export/use-chart-provenance';
import { chartsDrawn } from './charts-drawn';
import { DrawAllCharts } from './near-screen';
import { WINDOW_FROM, WindowedRows } from '../tables/windowed-rows';
import '../export/chart-export.css';

export type TableColumn = CsvColumn;

/**
 * A chart with its accessible name, a caption, and its data as a table:
 * the text alternative screen readers (and leaders who prefer numbers) can open.
 * It downloads as PNG, SVG, CSV or .xlsx, and prints one to a page; files and print carry where the
 * figures come from (selection, sources, data version).
 */
export function ChartFrame(props: {
  title: string;
  caption?: ReactNode;
  children: ReactNode;
  columns: TableColumn[];
  rows: Record<string, string>[];
  /** The numbers behind each row's figure columns (same order as rows): the files hold them as numbers. */
  figures?: readonly ChartFigures[];
  /** The distinct `source` of the observations charted. */
  sources?: readonly string[];
  /** The unit of the figures, when the chart has one: printed under the title and in every export. */
  unit?: string;
  /** False where the page already says the unit next to the chart (small multiples of one indicator). */
  showUnit?: boolean;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const { t } = usePresenters();
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  const provenance = useChartProvenance(props.unit, props.sources ?? []);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const [tableOpen, setTableOpen] = useState(false);
  // A file of the chart shows every chart inside, also those not yet drawn (off screen).
  const [drawAll, setDrawAll] = useState(false);
  const drawEveryChart = () => {
    setDrawAll(true);
    return figure.current ? chartsDrawn(figure.current) : Promise.resolve();
  };
  return (
    <figure ref={figure} className={`chart-frame ${props.className ?? ''}`} aria-labelledby={titleId}>
      <div className="chart-head">
        <Heading id={titleId} className="chart-title">{props.title}</Heading>
        <ChartExportControls figure={figure} beforeImage={drawEveryChart} title={props.title} columns={props.columns} rows={props.rows} figures={props.figures} provenance={provenance} />
      </div>
      {props.unit && props.showUnit !== false && <p className="chart-unit">{t('unit')}: {props.unit}</p>}
      {props.caption && <figcaption className="chart-caption">{props.caption}</figcaption>}
      <div role="img" aria-label={props.title} className="chart-body">
        <DrawAllCharts.Provider value={drawAll}>{props.children}</DrawAllCharts.Provider>
      </div>
      {/* A national chart's table (700 units) enters the page only when opened, and then windowed. */}
      <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('showTable')}</summary>
        <table aria-rowcount={props.rows.length > WINDOW_FROM ? props.rows.length + 1 : undefined}>
          <caption className="visually-hidden">{t('tableOf', { title: props.title })}</caption>
          <thead>
            <tr>{props.columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}</tr>
          </thead>
          {props.rows.length <= WINDOW_FROM ? (
            <tbody>
              {props.rows.map((row, i) => (
                <tr key={i}>{props.columns.map((c) => <td key={c.key}>{cellOf(row, c.key)}</td>)}</tr>
              ))}
            </tbody>
          ) : tableOpen ? (
            <WindowedRows count={props.rows.length} columns={props.columns.length} rowKey={String} renderRow={(i, rowProps) => <tr key={i} {...rowProps}>{props.columns.map((c) => <td key={c.key}>{cellOf(props.rows[i] ?? {}, c.key)}</td>)}</tr>} />
          ) : null}
        </table>
      </details>
      <footer className="chart-provenance">
        {provenance.lines().map((line) => <p key={line}>{line}</p>)}
      </footer>
    </figure>
  );
}
