import { useId, useState } from 'react';
import { SelectField } from '../../components/pickers/select-field';
import type { Area } from '../../domain/model';
import type { UploadOptions } from '../../domain/upload/analyze-upload';
import type { FormReport, WorkbookReport } from '../../domain/upload/part-reports';
import { usePresenters } from '../../lib/language/use-presenters';
import { useFormT } from './form-panel-messages';
import { rememberForm } from './form-storage';

/**
 * An office workbook as it was read: the sheets to read (with their titles), and for the form the
 * guesses — header row, year, the unit column (a wide form) or the unit (a long form) — each with why,
 * each changeable. A changed header row or unit column is remembered for forms of the same shape.
 */
export function FormPanel({ workbooks, forms, options, areas, remembered, onOptions }: { workbooks: WorkbookReport[]; forms: FormReport[]; options: UploadOptions; areas: readonly Area[]; remembered: boolean; onOptions: (o: UploadOptions) => void }) {
  const t = useFormT();
  const form = forms[0];
  return (
    <section className="upload-panel form-panel" aria-labelledby="form-heading">
      <h2 id="form-heading">{t('formHeading', { file: workbooks.map((w) => w.file).join(', ') })}</h2>
      {workbooks.map((w) => <SheetPicker key={w.file} workbook={w} options={options} onOptions={onOptions} />)}
      {form && <Guesses key={`${form.file}|${form.sheet}|${JSON.stringify(options.form ?? {})}`} form={form} options={options} areas={areas} onOptions={onOptions} />}
      {remembered && <p role="status">{t('remembered')}</p>}
    </section>
  );
}

function SheetPicker({ workbook, options, onOptions }: { workbook: WorkbookReport; options: UploadOptions; onOptions: (o: UploadOptions) => void }) {
  const t = useFormT();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(workbook.read));
  if (workbook.sheets.length <= 1) return null;
  const toggle = (name: string) => setChosen((now) => { const next = new Set(now); if (next.has(name)) next.delete(name); else next.add(name); return next; });
  const changed = chosen.size > 0 && (chosen.size !== workbook.read.length || workbook.read.some((r) => !chosen.has(r)));
  return (
    <fieldset className="sheet-picker">
      <legend>{t('sheets')} · {workbook.file}</legend>
      {workbook.sheets.map((s) => (
        <label key={s.index} className="sheet-choice">
          <input type="checkbox" checked={chosen.has(s.name)} onChange={() => toggle(s.name)} />
          {' '}<strong>{s.name}</strong>
          {s.hidden && <span className="flag">{t('sheetHidden')}</span>}
          {s.ref === null ? <span className="flag">{t('sheetEmpty')}</span> : s.title && <span className="chart-caption"> — {s.title}</span>}
        </label>
      ))}
      <button type="button" className="button secondary" disabled={!changed} onClick={() => onOptions({ ...options, sheets: { ...options.sheets, [workbook.file]: workbook.sheets.filter((s) => chosen.has(s.name)).map((s) => s.name) } })}>
        {t('readSheets')}
      </button>
    </fieldset>
  );
}

function Guesses({ form, options, areas, onOptions }: { form: FormReport; options: UploadOptions; areas: readonly Area[]; onOptions: (o: UploadOptions) => void }) {
  const t = useFormT();
  const { language, p } = usePresenters();
  const id = useId();
  const [headerRow, setHeaderRow] = useState(String(form.headerRow.value));
  const [year, setYear] = useState(form.period?.value ? String(form.period.value.year) : '');
  const [unitColumn, setUnitColumn] = useState(form.unitColumn?.letter ?? '');
  const [area, setArea] = useState(form.area?.value ?? options.form?.area ?? '');
  const apply = () => {
    const row = Number(headerRow);
    const chosenYear = Number(year);
    const next = {
      ...(Number.isInteger(row) && row >= 1 && row !== form.headerRow.value ? { headerRow: row } : options.form?.headerRow !== undefined ? { headerRow: options.form.headerRow } : {}),
      ...(year.trim() !== '' && Number.isInteger(chosenYear) && chosenYear >= 1900 && chosenYear <= 2200 && (form.period?.value?.year !== chosenYear || form.period.source === 'option') ? { year: chosenYear } : {}),
      ...(form.shape === 'wide' && unitColumn !== '' && (unitColumn !== form.unitColumn?.letter || form.unitColumn.source === 'option') ? { unitColumn } : {}),
      ...(form.oneUnit && area.trim() !== '' && (area !== form.area?.value || form.area.source === 'option') ? { area: area.trim() } : {}),
    };
    if (next.headerRow !== undefined || next.unitColumn !== undefined) rememberForm(form.shapeKey, { headerRow: next.headerRow, unitColumn: next.unitColumn });
    onOptions({ ...options, form: next });
  };
  const reason = (r: { vi: string; en: string } | undefined) => r && <span className="chart-caption guess-reason">{r[language]}</span>;
  return (
    <div className="form-guesses">
      <h3>{t('guesses')}</h3>
      <p>{t('shape')}: <strong>{t(form.shape === 'wide' ? 'shapeWide' : 'shapeLong')}</strong> · {form.file} · {form.sheet}</p>
      <div className="upload-controls form-guess-fields">
        <div className="select-field">
          <label htmlFor={`${id}-row`}>{t('headerRow')}</label>
          <input id={`${id}-row`} type="number" min={1} inputMode="numeric" value={headerRow} onChange={(e) => setHeaderRow(e.target.value)} />
          {reason(form.headerRow.reason)}
          <span className="chart-caption">
            {t('headerDepth', { depth: p.number(form.headerRow.depth) })}
            {form.headerRow.columnNumberRow !== null && `; ${t('columnNumbers', { row: p.number(form.headerRow.columnNumberRow) })}`}
          </span>
        </div>
        {form.period?.source === 'column' ? (
          <p>{t('year')}: {t('yearFromColumn')} {reason(form.period.reason)}</p>
        ) : (
          <div className="select-field">
            <label htmlFor={`${id}-year`}>{t('year')}</label>
            <input id={`${id}-year`} type="number" min={1900} max={2200} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
            {reason(form.period?.reason)}
          </div>
        )}
        {form.shape === 'wide' ? (
          <div>
            <SelectField label={t('unitColumn')} value={unitColumn} options={[...(unitColumn === '' ? [{ value: '', label: '–' }] : []), ...form.columns.map((c) => ({ value: c.letter, label: `${c.letter} — ${c.header}` }))]} onChange={setUnitColumn} />
            {reason(form.unitColumn?.reason)}
          </div>
        ) : form.oneUnit && (
          <div className="select-field">
            <label htmlFor={`${id}-area`}>{t('area')}</label>
            <input id={`${id}-area`} list={`${id}-areas`} value={area} placeholder={t('areaPlaceholder')} onChange={(e) => setArea(e.target.value)} />
            <datalist id={`${id}-areas`}>{areas.map((a) => <option key={a.id} value={a.name} />)}</datalist>
            {reason(form.area?.reason)}
          </div>
        )}
        <button type="button" className="button" onClick={apply}>{t('apply')}</button>
      </div>
      {form.totals > 0 && <p>{t('totals', { n: p.number(form.totals) })}</p>}
      {form.notes.length > 0 && <ul className="form-notes">{form.notes.map((n, k) => <li key={k}>{n[language]}</li>)}</ul>}
    </div>
  );
}
