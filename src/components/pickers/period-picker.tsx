import { startTransition } from 'react';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { periodIndex, periodsOf } from '../../domain/dataset/period-view';
import type { PeriodCode } from '../../domain/model';
import { formatPeriod, periodLabel, periodSpan } from '../../domain/periods/period-code';
import { usePresenters } from '../../lib/language/use-presenters';
import { usePeriodParam } from '../../lib/state/use-selection';
import { usePeriodT } from './period-messages';
import { SelectField } from './select-field';

export interface PeriodChoice {
  /** The period shown: '' for the year (the default, and what a link naming a period the data lacks gets). */
  period: PeriodCode | '';
  /** The periods within the year the data has figures of. */
  periods: PeriodCode[];
  /** The index the view reads: the year's, or the period's (period-view.ts). */
  index: DatasetIndex;
  /** The year's index, for what is read of the year whatever the period (a five-year target's progress). */
  yearIndex: DatasetIndex;
  setPeriod: (period: PeriodCode | '') => void;
}

/** The period a view shows (?period=), over the year's index. */
export function usePeriodChoice(yearIndex: DatasetIndex): PeriodChoice {
  const [requested, setPeriod] = usePeriodParam();
  const periods = periodsOf(yearIndex);
  const period = requested && periods.includes(requested) ? requested : '';
  return { period, periods, index: periodIndex(yearIndex, period), yearIndex, setPeriod: (next) => startTransition(() => void setPeriod(next || null)) };
}


/** What a title adds for a period ("— 6 tháng"), nothing for the year. */
export function usePeriodSuffix(choice: PeriodChoice): string {
  const { language } = usePresenters();
  return choice.period ? ` — ${formatPeriod(choice.period, language)}` : '';
}

/** "Kỳ: Cả năm | Quý I | 6 tháng | …", only when the data has periods within the year. */
export function PeriodPicker({ choice }: { choice: PeriodChoice }) {
  const t = usePeriodT();
  const { language } = usePresenters();
  if (choice.periods.length === 0) return null;
  const options = [{ value: '', label: t('year') }, ...choice.periods.map((p) => ({ value: p, label: periodLabel(p, language) }))];
  return <SelectField label={t('label')} value={choice.period} options={options} onChange={(v) => choice.setPeriod(choice.periods.find((p) => p === v) ?? '')} />;
}

/** What a view of a period shows and how it is judged, with the way back to the year; nothing for the year. */
export function PeriodLine({ choice, year }: { choice: PeriodChoice; year: number }) {
  const t = usePeriodT();
  const { language } = usePresenters();
  const span = choice.period ? periodSpan(choice.period) : null;
  if (!span) return null;
  return (
    <p className="info-banner page-notice period-line" role="note" data-testid="period-line">
      <strong>{t('shown', { period: formatPeriod(choice.period, language), year })}</strong> {t('rule', { months: span.last - span.first + 1 })}{' '}
      <button type="button" className="link-button" onClick={() => choice.setPeriod('')}>{t('backToYear', { year })}</button>
    </p>
  );
}
