import { memo } from 'react';
import { NearScreen } from '../../components/charts/near-screen';
import type { ReportSection, ReportTable } from '../../domain/report/document';
import { chunksOf } from './units-shown';

/** A cell that is a figure ("1.862", "≈ 53,77", "130,3%", "8/14"), right-aligned as figures are. */
const FIGURE = /^(≈ )?[\d.,]+%?$|^\d+\/\d+$/;

/** Rows [from, to) of a table: a part mounted once and not rendered again as later parts come in. */
const TableRows = memo(function TableRows({ rows, from, to }: { rows: string[][]; from: number; to: number }) {
  return rows.slice(from, to).map((row) => (
    <tr key={`${row[0]}-${row[1]}`}>{row.map((cell, k) => (k === 1 ? <th key={k} scope="row">{cell}</th> : <td key={k} className={FIGURE.test(cell) ? 'num' : undefined}>{cell}</td>))}</tr>
  ));
});

/** A table of the report; `shown`: only its first rows so far (a country's ranking comes in a part per task). */
export function Table({ table, shown }: { table: ReportTable; shown?: number }) {
  return (
    <table className="report-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
      </thead>
      <tbody>
        {chunksOf(Math.min(shown ?? table.rows.length, table.rows.length)).map(([from, to]) => <TableRows key={from} rows={table.rows} from={from} to={to} />)}
      </tbody>
    </table>
  );
}

/**
 * Beyond this many units (a country's 700 districts), or this many rows of their tables together (38 communes ×
 * 60 indicators: 2,280 rows drawn at once were one task of a second), a unit's table is drawn when it comes near
 * the screen; its paragraph is there at once.
 */
const TABLES_AT_ONCE = 40;
const TABLE_ROWS_AT_ONCE = 600;

const rowsOf = (sections: readonly ReportSection[]) => sections.reduce((n, s) => n + (s.table?.rowCount ?? s.table?.rows.length ?? 0), 0);

/** Sub-sections [from, to) of a section: a part mounted once (see TableRows). */
const Subsections = memo(function Subsections({ subsections, from, to }: { subsections: ReportSection[]; from: number; to: number }) {
  const nearScreen = subsections.length > TABLES_AT_ONCE || rowsOf(subsections) > TABLE_ROWS_AT_ONCE;
  return subsections.slice(from, to).map((sub, k) => <Section key={sub.area ?? from + k} section={sub} number={String(from + k + 1)} level={3} tableNearScreen={nearScreen} />);
});

interface SectionProps {
  section: ReportSection;
  number: string;
  level: 2 | 3;
  tableNearScreen?: boolean;
  /** How many of its sub-sections are in the page so far (all when not given); a country's 3,300 units come a part per task. */
  shown?: number;
  /** How many rows of its table are in the page so far (all when not given). */
  rowsShown?: number;
}

export function Section({ section, number, level, tableNearScreen = false, shown, rowsShown }: SectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const subsections = section.subsections ?? [];
  const table = section.table && <Table table={section.table} shown={rowsShown} />;
  return (
    <section className="report-section" data-area={section.area} aria-labelledby={`report-${number}`}>
      <Heading id={`report-${number}`}>{`${number}. ${section.heading}`}</Heading>
      {section.paragraphs.map((text, k) => <p key={k} className={k === 0 ? 'report-paragraph' : 'report-note'}>{text}</p>)}
      {table && tableNearScreen ? <NearScreen height={48 + 34 * (section.table?.rowCount ?? section.table?.rows.length ?? 0)} figures={null}>{table}</NearScreen> : table}
      {chunksOf(Math.min(shown ?? subsections.length, subsections.length)).map(([from, to]) => <Subsections key={from} subsections={subsections} from={from} to={to} />)}
    </section>
  );
}
