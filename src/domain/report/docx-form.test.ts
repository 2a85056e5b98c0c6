import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../dataset/dataset-index';
import type { Language } from '../numbers/format';
import { REPORT_AT_SCALE_YEAR, reportAtScale } from '../../testing/report-at-scale';
import { buildReportDocument } from './document';
import { DOCX_FULL_UNITS, docxForm } from './docx-form';
import { summarizeReview } from './summary';

function report(units: number, language: Language = 'vi', withoutTargets = 0) {
  const { data, parent } = reportAtScale(units, withoutTargets);
  const index = createDatasetIndex(data);
  const review = summarizeReview(index, index.area(parent)!, REPORT_AT_SCALE_YEAR);
  const doc = buildReportDocument(index, index.area(parent)!, REPORT_AT_SCALE_YEAR, language, { date: new Date(2026, 11, 31), dataVersion: 'Dữ liệu: thử nghiệm', review });
  return { review, doc, file: docxForm(doc, review) };
}

describe('the .docx’s form', () => {
  it.each([
    [8, 'the document itself'],
    [38, 'the document itself'],
    [DOCX_FULL_UNITS, 'the document itself'],
    [DOCX_FULL_UNITS + 1, 'slim'],
  ])('%i units: %s', (units, form) => {
    const { doc, file } = report(units);
    if (form === 'slim') {
      expect(file).not.toBe(doc);
      expect(file.sections[1]!.subsections!.some((s) => s.table)).toBe(false);
    } else expect(file).toBe(doc);
  });
});

describe('the slim form of a country’s report (250 communes)', () => {
  const { review, doc, file } = report(250, 'vi', 3);
  const units = file.sections[1]!;
  const full = doc.sections[1]!;

  it('keeps every unit, in order, with its heading and paragraph, and leaves out only its table', () => {
    expect(units.subsections).toHaveLength(250);
    units.subsections!.forEach((s, i) => {
      expect(s.table).toBeUndefined();
      expect(s).toEqual({ ...full.subsections![i]!, table: undefined });
    });
  });

  it('keeps the other sections, the title and the sources as they are', () => {
    expect(file.sections[0]).toBe(doc.sections[0]);
    expect(file.sections.slice(2)).toEqual(doc.sections.slice(2));
    expect({ ...file, sections: [] }).toEqual({ ...doc, sections: [] });
  });

  it('has a summary row per unit, numbered as its sub-section, with the counts of its own table', () => {
    const table = units.table!;
    expect(table.caption).toBe('Tóm tắt theo đơn vị');
    expect(table.columns).toEqual(['STT', 'Đơn vị', 'Đạt và vượt', 'Vượt cao', 'Chưa đạt', 'Chưa có số liệu']);
    expect(table.rows).toHaveLength(250);
    table.rows.forEach((row, i) => {
      const sub = full.subsections![i]!;
      expect(row[0]).toBe(String(i + 1));
      expect(row[1]).toBe(sub.heading);
      const u = review.units[i]!;
      if (!sub.table) {
        expect(row.slice(2)).toEqual(['không có chỉ tiêu có KH', '—', '—', '—']);
        return;
      }
      // The figures the unit's own table gives: its rows and their assessments.
      const assessed = (label: string) => String(sub.table!.rows.filter((r) => r[6] === label).length);
      const achieved = sub.table.rows.filter((r) => ['Vượt cao', 'Vượt', 'Đạt'].includes(r[6]!)).length;
      expect(row.slice(2)).toEqual([`${achieved}/${sub.table.rows.length}`, assessed('Vượt cao'), assessed('Chưa đạt'), String(u.noResult.length)]);
      expect(`${u.achieved}/${u.targets.length}`).toBe(row[2]);
    });
  });

  it('never writes 0 for a unit with no target: the three units without a plan read “không có chỉ tiêu có KH” and dashes', () => {
    const without = units.table!.rows.filter((r) => r[2] === 'không có chỉ tiêu có KH');
    expect(without).toHaveLength(3);
    for (const row of without) expect(row.slice(3)).toEqual(['—', '—', '—']);
  });

  it('says what it leaves out and where to find it, with the figures in Vietnamese format', () => {
    const rows = full.subsections!.reduce((n, s) => n + (s.table?.rows.length ?? 0), 0);
    const note = units.paragraphs.at(-1)!;
    expect(rows).toBeGreaterThan(1000);
    expect(note).toContain('Báo cáo gồm 250 đơn vị.');
    expect(note).toContain(`(${rows.toLocaleString('vi-VN')} dòng) không in trong tệp này`);
    expect(note).toContain('trang Báo cáo');
    expect(note).toContain(`trang Dữ liệu (chọn năm ${REPORT_AT_SCALE_YEAR}, nút “Tải CSV”)`);
  });

  it('says it in English too', () => {
    const en = report(250, 'en');
    const table = en.file.sections[1]!.table!;
    expect(table.caption).toBe('Summary by unit');
    expect(table.columns).toEqual(['No.', 'Unit', 'Met or exceeded', 'Far exceeded', 'Missed', 'No result yet']);
    expect(en.file.sections[1]!.paragraphs.at(-1)).toMatch(/^The report covers 250 units\..*is not printed in this file\..*Report page.*Data page \(choose 2026, button “Download CSV”\)\.$/);
  });
});
