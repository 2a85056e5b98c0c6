import type * as Docx from 'docx';
import type { ReportDocument, ReportSection, ReportTable } from '../../../domain/report/document';
import { headerBlock } from './header-block';
import { paragraphDefaults, reportBody } from './body';
import { FONT, LANGUAGE_TAG, PAGE, SIZE } from './layout';
import { hasLeanTable, tableCellStyle } from './table';

const tablesOf = (sections: readonly ReportSection[]): ReportTable[] => sections.flatMap((s) => [...(s.table ? [s.table] : []), ...tablesOf(s.subsections ?? [])]);

/** Turns the built document into the file's bytes; the browser's is Packer.toBlob. */
export type DocxPacker = (d: typeof Docx, file: Docx.Document) => Promise<Blob>;

const toBlob: DocxPacker = (d, file) => d.Packer.toBlob(file);

/**
 * The review report as an editable Word document in the form of a Vietnamese administrative
 * document (Decree 30/2020/NĐ-CP). `docx` is loaded here, on demand, so it never weighs on the
 * first visit: this module imports only its types.
 */
export async function reportDocx(doc: ReportDocument, pack: DocxPacker = toBlob): Promise<Blob> {
  const d = await import('docx');
  const pageNumber = new d.Header({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        indent: { firstLine: 0 },
        children: [new d.TextRun({ font: FONT, children: [d.PageNumber.CURRENT], size: SIZE.pageNumber })],
      }),
    ],
  });
  const file = new d.Document({
    title: `${doc.kind} ${doc.title}`,
    creator: doc.issuer,
    styles: {
      default: { document: { paragraph: paragraphDefaults(d), run: { font: FONT, size: SIZE.body, language: { value: LANGUAGE_TAG[doc.language] } } } },
      // Only a document with a long table (a country's) has the style of its lean cells: a province's file is as it was.
      ...(hasLeanTable(tablesOf(doc.sections)) ? { paragraphStyles: [tableCellStyle()] } : {}),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: PAGE.headerDistance, footer: PAGE.footerDistance },
          },
          // The first page has no number; from page 2 it stands centred at the top.
          titlePage: true,
        },
        headers: { default: pageNumber, first: new d.Header({ children: [] }) },
        children: [...headerBlock(d, doc), ...reportBody(d, doc)],
      },
    ],
  });
  return pack(d, file);
}
