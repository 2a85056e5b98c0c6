import { useState } from 'react';
import { exportFailureReason } from '../../components/export/export-failure';
import { xlsxBlob } from '../../components/export/xlsx-file';
import { SelectField } from '../../components/pickers/select-field';
import { levelName } from '../../components/units/unit-names';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Localized } from '../../domain/issues';
import type { Area, PeriodCode } from '../../domain/model';
import { PERIOD_CODES, periodLabel } from '../../domain/periods/period-code';
import { givenPlan, templateSpec, unitsInForce } from '../../domain/spreadsheet/template-form';
import { usePresenters } from '../../lib/language/use-presenters';
import { downloadBlob } from '../../lib/state/download';
import { useUploadT } from './upload-messages';
import './upload-areas.css';


/** The levels a template can list in a year: the province's own units, and the units under them when there are any. */
function levelsOf(index: DatasetIndex, year: number): { units: Area[]; parent: Area }[] {
  const province = index.province;
  if (!province) return [];
  const first = unitsInForce(index, province.id, year);
  const second = first.flatMap((unit) => unitsInForce(index, unit.id, year));
  return [{ units: first, parent: province }, ...(second.length > 0 ? [{ units: second, parent: province }] : [])].filter((l) => l.units.length > 0);
}

/**
 * The years a form can be asked for: those with data, those a reform starts units in (the catalog's
 * validity), and this year and the next — a form is mostly for a year with no figures yet.
 */
export function templateYears(index: DatasetIndex, thisYear: number): number[] {
  const starts = index.dataset.areas.flatMap((a) => (a.validFrom ? [Number(a.validFrom.slice(0, 4))] : [])).filter(Number.isInteger);
  return [...new Set([...index.years, ...starts, thisYear, thisYear + 1])].sort((a, b) => b - a);
}

/**
 * "Tải biểu mẫu": the .xlsx the province sends to its units for a year and level — the units in force
 * that year down the side, the chosen indicators across (Kế hoạch / Thực hiện), the plan filled where
 * the data has it. The upload reads it back.
 */
export function TemplateFormPicker({ index }: { index: DatasetIndex }) {
  const t = useUploadT();
  const { t: tt, p, language } = usePresenters();
  const thisYear = new Date().getFullYear();
  const years = templateYears(index, thisYear);
  const [year, setYear] = useState(thisYear);
  const [level, setLevel] = useState(0);
  const [period, setPeriod] = useState<PeriodCode | ''>('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(index.dataset.indicators.map((i) => i.id)));
  const [failed, setFailed] = useState<Localized | null>(null);
  const levels = levelsOf(index, year);
  const shown = levels[Math.min(level, levels.length - 1)];
  const indicators = index.dataset.indicators.filter((i) => chosen.has(i.id));
  const name = (l: { units: Area[] }) => levelName(l.units[0]?.level ?? null, tt);
  const download = async () => {
    if (!shown) return;
    setFailed(null);
    try {
      const spec = templateSpec({ year, period, parent: shown.parent, levelName: name(shown), units: shown.units, indicators, plan: givenPlan(index, year) });
      downloadBlob(`chi-tieu-bieu-mau-${year}${period ? `-${period}` : ''}.xlsx`, await xlsxBlob([spec]));
    } catch (error) {
      setFailed(exportFailureReason(error));
    }
  };
  const toggle = (id: string) => setChosen((now) => { const next = new Set(now); if (next.has(id)) next.delete(id); else next.add(id); return next; });
  return (
    <fieldset className="template-form">
      <legend>{t('templateForm')}</legend>
      <SelectField label={tt('year')} value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => { setYear(Number(v)); setLevel(0); }} />
      <SelectField
        label={t('templatePeriod')}
        value={period}
        options={[{ value: '', label: periodLabel('', language) }, ...PERIOD_CODES.map((code) => ({ value: code, label: periodLabel(code, language) }))]}
        onChange={(v) => setPeriod(PERIOD_CODES.find((code) => code === v) ?? '')}
      />
      <SelectField label={t('templateLevel')} value={String(Math.min(level, levels.length - 1))} options={levels.map((l, k) => ({ value: String(k), label: `${name(l)} (${l.units.length})` }))} onChange={(v) => setLevel(Number(v))} />
      <details>
        <summary>{t('templateIndicators', { n: indicators.length, total: index.dataset.indicators.length })}</summary>
        {index.dataset.indicators.map((i) => (
          <label key={i.id} className="template-indicator"><input type="checkbox" checked={chosen.has(i.id)} onChange={() => toggle(i.id)} /> {p.name(i)}</label>
        ))}
      </details>
      <button type="button" className="button secondary" disabled={!shown || indicators.length === 0} onClick={() => void download()}>{t('templateDownload')}</button>
      {failed && <span role="alert">{t('templateFailed', { reason: failed[language] })}</span>}
    </fieldset>
  );
}
