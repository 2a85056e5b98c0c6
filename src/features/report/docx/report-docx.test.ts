import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDatasetFiles } from '../../../domain/dataset/dataset-io';
import { createDatasetIndex } from '../../../domain/dataset/dataset-index';
import { buildReportDocument, type ReportDocument, type ReportSection } from '../../../domain/report/document';
import { reportDocx } from './report-docx';

const data = (name: string) => readFileSync(`data/${name}`, 'utf8');
const parsed = parseDatasetFiles({ areas: data('areas.csv'), indicators: data('indicators.csv'), observations: data('observations.csv') });
if (!parsed.ok) throw new Error('data/*.csv does not parse');
const index = createDatasetIndex(parsed.data);
const build = (language: 'vi' | 'en') =>
  buildReportDocument(index, index.province!, 2019, language, { date: new Date(2026, 10, 28), dataVersion: 'Dữ liệu: số liệu công bố ngày 28/11/2026, phiên bản v1' });

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const allSections = (sections: ReportSection[]): ReportSection[] => sections.flatMap((s) => [s, ...allSections(s.subsections ?? [])]);

async function documentXml(doc: ReportDocument): Promise<{ body: string; header: string }> {
  const files = unzipSync(new Uint8Array(await (await reportDocx(doc)).arrayBuffer()));
  const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  return { body: strFromU8(files['word/document.xml']!), header: headers.map((name) => strFromU8(files[name]!)).join('\n') };
}

describe('the 2019 review report as a Word document', async () => {
  const vi = build('vi');
  const { body, header } = await documentXml(vi);

  it('is A4 with the decree’s margins (top, bottom 20 mm; left 30 mm; right 15 mm)', () => {
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('has the issuer, the motto heading, the kind, the title and the place and date', () => {
    for (const text of ['UBND TỈNH LAI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', vi.title, 'Lai Châu, ngày 28 tháng 11 năm 2026']) {
      expect(body).toContain(`>${escapeXml(text)}</w:t>`);
    }
  });

  it('numbers the sections I., II., … and the units 1., 2., …, the sources last', () => {
    expect(body).toContain(`>I. ${escapeXml(vi.sections[0]!.heading)}</w:t>`);
    expect(body).toContain(`>II. ${escapeXml(vi.sections[1]!.heading)}</w:t>`);
    expect(body).toContain(`>1. ${escapeXml(vi.sections[1]!.subsections![0]!.heading)}</w:t>`);
    const sources = body.indexOf(`. ${vi.sourcesHeading}</w:t>`);
    expect(sources).toBeGreaterThan(body.lastIndexOf(escapeXml(vi.sections.at(-1)!.heading)));
    expect(body).toContain('Dữ liệu: số liệu công bố ngày 28/11/2026, phiên bản v1');
  });

  it('holds every paragraph, every table’s caption and header cells and every cell', () => {
    const sections = allSections(vi.sections);
    expect(sections.filter((s) => s.table).length).toBeGreaterThanOrEqual(8);
    for (const section of sections) {
      for (const paragraph of section.paragraphs) expect(body).toContain(`>${escapeXml(paragraph)}</w:t>`);
      if (!section.table) continue;
      expect(body).toContain(`>${escapeXml(section.table.caption)}</w:t>`);
      for (const cell of [...section.table.columns, ...section.table.rows.flat()]) expect(body).toContain(`>${escapeXml(cell)}</w:t>`);
    }
  });

  it('states the seeds’ figures: 195,5/150 ha and 203% KH', () => {
    expect(body).toContain('diện tích trồng chè mới 195,5/150 ha, đạt 130,3% KH');
    expect(body).toContain('203% KH');
  });

  it('sets Times New Roman, 14 pt body text, bold repeated table headers and right-aligned figures', () => {
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:jc w:val="right"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
  });

  it('is a Word document Blob, the file a browser downloads', async () => {
    const blob = await reportDocx(vi);
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('numbers the pages at the top from page 2 (a different first page, PAGE in the header)', () => {
    expect(body).toContain('<w:titlePg/>');
    expect(header).toContain('PAGE');
  });

  it('is written in English too, with the motto in English', async () => {
    const en = build('en');
    const xml = (await documentXml(en)).body;
    for (const text of ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'REPORT', en.title, 'new tea planting area 195.5/150 ha']) expect(xml).toContain(escapeXml(text));
    expect(xml).not.toContain('CỘNG HÒA');
  });
});

describe('docx stays out of the first visit', () => {
  it('no source file imports docx statically: only `import type` or `await import(\'docx\')`', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : []));
    const offenders = files('src').filter((file) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]docx['"]/m.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
