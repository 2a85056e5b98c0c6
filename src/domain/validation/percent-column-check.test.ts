import { describe, expect, it } from 'vitest';
import { isRefused, PercentColumnTally, percentColumnIssues } from './percent-column-check';

const example = (row: number) => () => ({ row, plan: 24.53, actual: 22, reported: 24.53, computed: 111.5 });

describe('PercentColumnTally', () => {
  it.each([
    [[false, false, false], false],
    [[true, false], false],
    [[true, true, false], true],
    [[true], true],
    [[true, false, true, false], false],
    [[true, true, true, false, false], true],
  ])('rows disagreeing %j → refused %s', (disagree, refused) => {
    const tally = new PercentColumnTally();
    disagree.forEach((d, i) => tally.add('% KH', d, example(i + 2)));
    const [check] = tally.result();
    expect(check).toMatchObject({ column: '% KH', checked: disagree.length, disagreeing: disagree.filter(Boolean).length });
    expect(isRefused(check!)).toBe(refused);
    expect(percentColumnIssues(tally.result())).toHaveLength(refused ? 1 : 0);
  });

  it('keeps each column apart and names the first disagreeing row', () => {
    const tally = new PercentColumnTally();
    tally.add('A % KH', false, example(2));
    tally.add('A % KH', true, example(3));
    tally.add('A % KH', true, example(4));
    tally.add('B % KH', false, example(2));
    const issues = percentColumnIssues(tally.result());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'percent-column-refused', row: 1, column: 'A % KH', value: '24.53' });
    expect(issues[0]!.message.vi).toBe('Cột "A % KH" không phải % KH: 2/3 dòng lệch hơn 1 điểm so với KH và TH của chính dòng đó. Ví dụ dòng 3: KH 24,53, TH 22, cột ghi 24,53% nhưng tính được 111,5%. Hãy gán cột này là Kế hoạch / Thực hiện, hoặc bỏ qua cột.');
  });
});
