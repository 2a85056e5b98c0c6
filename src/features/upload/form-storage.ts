import { z } from '../../domain/zod';
import { formOptionsSchema } from '../../domain/workbook/form-options';
import { parseJson, readStored, writeStored, type Checked, type StoredThing } from '../../lib/state/stored-value';

/** The analyst's header row and unit column for office forms of one shape (sheet name and title, years aside). */
const FORM_STORE = 'chi-tieu-form:';

/** What is remembered: never the year, which changes with every year's file. */
export type RememberedForm = { headerRow?: number; unitColumn?: string };
const rememberedSchema = z.strictObject({ headerRow: formOptionsSchema.shape.headerRow, unitColumn: formOptionsSchema.shape.unitColumn });

const thingFor = (shapeKey: string): StoredThing => ({
  key: FORM_STORE + shapeKey.slice(0, 300),
  what: { vi: 'hàng tiêu đề và cột đơn vị đã nhớ cho biểu dạng này', en: 'the header row and unit column remembered for forms of this shape' },
  fix: { vi: 'Chọn lại hàng tiêu đề và cột đơn vị ở mục «Biểu Excel»; lựa chọn sẽ được nhớ lại.', en: 'Choose the header row and unit column again under “Excel form”; the choice is remembered again.' },
  maxChars: 200,
});

export function checkRememberedForm(text: string): Checked<RememberedForm> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const form = rememberedSchema.safeParse(parsed.value);
  if (!form.success) return { ok: false, problems: [{ vi: `“${String(form.error.issues[0]?.path[0] ?? '')}” không hợp lệ`, en: `“${String(form.error.issues[0]?.path[0] ?? '')}” is invalid` }] };
  return { ok: true, value: form.data, problems: [] };
}

export function rememberForm(shapeKey: string, form: RememberedForm) {
  const kept: RememberedForm = {};
  if (form.headerRow !== undefined) kept.headerRow = form.headerRow;
  if (form.unitColumn !== undefined) kept.unitColumn = form.unitColumn;
  writeStored(thingFor(shapeKey), JSON.stringify(kept));
}

/** The choices saved for forms of this shape, if any (nothing chosen counts as none); a damaged value is set aside and named. */
export function recallForm(shapeKey: string): RememberedForm | undefined {
  const form = readStored(thingFor(shapeKey), checkRememberedForm);
  return form && (form.headerRow !== undefined || form.unitColumn !== undefined) ? form : undefined;
}
