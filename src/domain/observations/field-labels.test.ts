import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldsLabel } from './field-labels';
import { OBSERVATION_FIELDS } from './header-aliases';

describe('field labels', () => {
  it.each([
    ['area', 'vi', 'Đơn vị'], ['area', 'en', 'Unit'], ['percent_of_plan', 'vi', '% KH'], ['percent_of_plan', 'en', '% of plan'],
    ['unit', 'vi', 'Đơn vị tính'], ['unit', 'en', 'Unit of measure'], ['plan/actual/percent_of_plan', 'vi', 'Kế hoạch / Thực hiện / % KH'],
    ['plan/actual/percent_of_plan', 'en', 'Plan / Actual / % of plan'], ['Huyện', 'vi', 'Huyện'], ['area/Huyện', 'en', 'area/Huyện'], ['constructor', 'vi', 'constructor'],
  ] as const)('%s in %s → %s', (column, language, label) => {
    expect(fieldsLabel(column, language)).toBe(label);
  });

  it('names every field in both languages, no two alike', () => {
    for (const language of ['vi', 'en'] as const) {
      const labels = OBSERVATION_FIELDS.map((f) => FIELD_LABELS[f][language]);
      expect(new Set(labels).size).toBe(OBSERVATION_FIELDS.length);
      expect(labels.every((l) => l.length > 0 && !OBSERVATION_FIELDS.includes(l as never))).toBe(true);
    }
  });
});
