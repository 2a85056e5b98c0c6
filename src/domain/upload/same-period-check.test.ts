import { describe, expect, it } from 'vitest';
import { analyzeUpload } from './analyze-upload';
import { saysSamePeriod } from './same-period-check';
import { buildDataset, buildObservation } from '../../testing/builders';

const catalog = buildDataset();
const bytes = (text: string) => new TextEncoder().encode(text);
const codes = (text: string, history = catalog.observations) => analyzeUpload(bytes(text), { ...catalog, history }).issues.map((i) => [i.code, i.row, i.value]);

describe('a printed change on the same period of last year', () => {
  it.each([
    ['So với cùng kỳ (%)', true], ['So sánh cùng kỳ (%)', true], ['Tăng/giảm so với cùng kỳ năm trước (%)', true], ['% so với năm trước', true],
    ['Change on same period (%)', true], ['So với tháng trước (%)', false], ['So sánh (%)', false], ['Kế hoạch năm', false],
  ])('"%s" is one: %s', (header, expected) => expect(saysSamePeriod(header)).toBe(expected));

  const dated = (printed: string) => `Đơn vị,Chỉ tiêu,Thực hiện năm 2020,Kế hoạch năm 2021,Ước thực hiện năm 2021,So với cùng kỳ (%)\nSìn Hồ,budget_revenue,90,100,120.5,${printed}\n`;

  it.each([['133.9'], ['134'], ['33.9'], ['']])('agrees with the row\'s own figures of last year, printed as the ratio or the change: %s', (printed) => {
    expect(codes(dated(printed))).toEqual([]);
  });

  it('names the row, the column and the value that disagree, with both years\' figures, and keeps the rows', () => {
    const analysis = analyzeUpload(bytes(dated('124')), catalog);
    expect(analysis.issues.map((i) => [i.severity, i.code, i.row, i.column, i.value])).toEqual([['warning', 'same-period-differs', 2, 'So với cùng kỳ (%)', '124']]);
    expect(analysis.issues[0]!.message.vi).toContain('2021 (120,5) so với cùng kỳ 2020 (90) là 133,9% (tăng 33,9%)');
    expect(analysis.observations).toHaveLength(2);
  });

  const sixMonths = 'Đơn vị,Chỉ tiêu,Kế hoạch năm 2025,Lũy kế 6 tháng,So với cùng kỳ (%)\nLai Châu,budget_revenue,3000,1180,';

  it('checks a period\'s figure against the stored figure of the same period last year', () => {
    const history = [...catalog.observations, buildObservation({ area: 'lai-chau', indicator: 'budget_revenue', year: 2024, period: 'to-month-06', plan: null, actual: 1000 })];
    expect(codes(`${sixMonths}118\n`, history)).toEqual([]);
    expect(codes(`${sixMonths}124\n`, history)).toEqual([['same-period-differs', 2, '124']]);
  });

  it('says once that the rows without last year\'s same period are neither stored nor checked', () => {
    const issues = analyzeUpload(bytes(`${sixMonths}124\nSìn Hồ,budget_revenue,300,100,110\n`), catalog).issues;
    expect(issues.map((i) => [i.code, i.row])).toEqual([['same-period-unchecked', 2]]);
    expect(issues[0]!.message.vi).toContain('2 dòng (dòng 2, 3) không kiểm tra được');
  });

  it('leaves a long file with such a column to the reader that sees the whole table', () => {
    const file = 'area,year,indicator,plan,actual,So với cùng kỳ (%)\nsin-ho,2020,budget_revenue,,90,\nsin-ho,2021,budget_revenue,100,120.5,150\n';
    expect(codes(file)).toEqual([['same-period-differs', 3, '150']]);
  });
});
