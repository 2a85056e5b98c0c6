import type * as Docx from 'docx';
import type { ReportDocument } from '../../../domain/report/document';
import { FONT, HEADER_COLUMNS, MOTTO, SIZE, ruleIndent, spacing } from './layout';

type DocxModule = typeof Docx;

/** Vietnamese capitals stack two marks (Ỉ, Ộ): the heading lines get 1.15 lines, not single. */
const HEADING_LINE = 276;

/**
 * The top of the first page: a borderless two-column table, the issuing body on the left and
 * the national motto heading on the right, each with its short rule under it, then the place
 * and date in italics; below it the document's kind and title, centred.
 */
export function headerBlock(d: DocxModule, doc: ReportDocument): (Docx.Table | Docx.Paragraph)[] {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const words = MOTTO[doc.language];
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'auto' } as const;
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const centred = (text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}, before = 0) =>
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before, after: 0, line: HEADING_LINE }, indent: { firstLine: 0 }, children: [new d.TextRun({ font: FONT, text, size, ...options })] });
  const rule = (cellWidth: number, text: string, size: number, share: number) => {
    const indent = ruleIndent(cellWidth, text, size, share);
    return new d.Paragraph({
      // An empty line 3 pt high whose bottom border is the rule: just clear of the text above.
      spacing: { before: 0, after: 0, line: 60, lineRule: d.LineRuleType.EXACT },
      indent: { left: indent, right: indent, firstLine: 0 },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
      children: [],
    });
  };
  const cell = (width: number, children: Docx.Paragraph[]) =>
    new d.TableCell({ width: { size: width, type: d.WidthType.DXA }, borders, margins: { left: 0, right: 0 }, children });

  const table = new d.Table({
    layout: d.TableLayoutType.FIXED,
    width: { size: leftWidth + rightWidth, type: d.WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders,
    rows: [
      new d.TableRow({
        children: [
          // The issuing body is the UBND itself (no superior body line above it): bold, with a
          // rule a third to a half of its length.
          cell(leftWidth, [centred(doc.issuer, SIZE.issuer, { bold: true }), rule(leftWidth, doc.issuer, SIZE.issuer, 0.45)]),
          cell(rightWidth, [
            centred(words.nation, SIZE.nation, { bold: true }),
            centred(words.motto, SIZE.motto, { bold: true }),
            rule(rightWidth, words.motto, SIZE.motto, 1),
            centred(doc.placeDate, SIZE.placeDate, { italics: true }, spacing(6)),
          ]),
        ],
      }),
    ],
  });

  return [
    table,
    centred(doc.kind, SIZE.kind, { bold: true }, spacing(24)),
    centred(doc.title, SIZE.title, { bold: true }, spacing(3)),
    rule(leftWidth + rightWidth, doc.title, SIZE.title, 0.3),
  ];
}
