import type * as Docx from 'docx';
import type { ReportDocument, ReportSection, ReportTable } from '../../../domain/report/document';
import { FONT, PARAGRAPH, SIZE, romanNumeral } from './layout';
import { tableLayout, targetsTable, type TableLayout } from './table';

type DocxModule = typeof Docx;
type Block = Docx.Paragraph | Docx.Table;

/**
 * The body: sections numbered I., II., III. in bold, their sub-sections 1., 2., each heading
 * kept with what follows; paragraphs justified with a first-line indent; each section's table
 * after its paragraphs; the sources last, as the closing numbered section.
 */
export function reportBody(d: DocxModule, doc: ReportDocument): Block[] {
  const heading = (text: string) =>
    new d.Paragraph({
      alignment: d.AlignmentType.JUSTIFIED,
      keepNext: true,
      keepLines: true,
      spacing: { before: PARAGRAPH.headingBefore },
      children: [new d.TextRun({ font: FONT, text, size: SIZE.heading, bold: true })],
    });
  const paragraph = (text: string) => new d.Paragraph({ alignment: d.AlignmentType.JUSTIFIED, children: [new d.TextRun({ font: FONT, text, size: SIZE.body })] });

  const layouts = sharedLayouts(doc.sections);
  const section = (s: ReportSection, number: string): Block[] => [
    heading(`${number} ${s.heading}`),
    ...s.paragraphs.map(paragraph),
    ...(s.table ? targetsTable(d, s.table, layouts.get(s.table.columns.join('\n'))) : []),
    ...(s.subsections ?? []).flatMap((sub, i) => section(sub, `${i + 1}.`)),
  ];

  const sources: ReportSection = { heading: doc.sourcesHeading, paragraphs: doc.sources.map((source) => `- ${source}`) };
  return [...doc.sections, sources].flatMap((s, i) => section(s, `${romanNumeral(i + 1)}.`));
}

/**
 * Tables with the same columns (every unit's targets) share one layout, worked out on all their
 * rows: their columns line up page after page, a figure column is one in every table.
 */
function sharedLayouts(sections: ReportSection[]): Map<string, TableLayout> {
  const tables = new Map<string, ReportTable>();
  const visit = (s: ReportSection) => {
    if (s.table) {
      const key = s.table.columns.join('\n');
      const seen = tables.get(key);
      // Rows appended in place: copying the rows so far for every unit's table was quadratic.
      if (seen) for (const row of s.table.rows) seen.rows.push(row);
      else tables.set(key, { ...s.table, rows: [...s.table.rows] });
    }
    s.subsections?.forEach(visit);
  };
  sections.forEach(visit);
  return new Map([...tables].map(([key, table]) => [key, tableLayout(table)]));
}

/** Paragraph defaults for the whole document: a first-line indent, at least 6 pt apart. */
export function paragraphDefaults(d: DocxModule) {
  return {
    spacing: { before: PARAGRAPH.before, after: 0, line: PARAGRAPH.line, lineRule: d.LineRuleType.AUTO },
    indent: { firstLine: PARAGRAPH.firstLine },
  };
}
