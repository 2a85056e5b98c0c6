import type { Indicator, PeriodCode } from '../../domain/model';
import { formatPeriod } from '../../domain/periods/period';
import { OBSERVATION_FIELDS } from '../../domain/observations/header-aliases';
import { FIELD_LABELS } from '../../domain/observations/field-labels';
import { FIGURE_KIND_LABELS } from '../../domain/evaluation/figure-kind';
import type { ColumnTarget, FigureField } from '../../domain/upload/column-mapping';
import { saysSamePeriod } from '../../domain/upload/same-period-check';
import { usePresenters } from '../../lib/language/use-presenters';
import { DeferredSelect } from './deferred-select';
import { LazyGroups } from './lazy-groups';
import { useUploadT } from './upload-messages';

const FIGURES: FigureField[] = ['plan', 'actual', 'percent_of_plan'];
/** Columns per group of a wide file's mapping: an open group is a table of this many selects. */
const GROUP = 100;

/** A column of one year or period ("Thực hiện · 2025 (ước)", "Thực hiện · lũy kế 6 tháng 2025"). */
const placed = (t: ColumnTarget) => t.kind === 'field' && (t.year !== undefined || t.period !== undefined);

const encode = (t: ColumnTarget): string =>
  t.kind === 'ignore' ? 'ignore' : t.kind === 'field' ? `field:${t.field}${placed(t) ? `:${t.year ?? ''}:${t.estimate ? 'e' : ''}:${t.period ?? ''}` : ''}` : `figure:${t.indicator ?? ''}:${t.field}`;

function decode(value: string, previous: ColumnTarget, header: string): ColumnTarget {
  const [kind, a = '', b = '', c = '', d = ''] = value.split(':');
  if (kind === 'field') return { kind: 'field', field: a as (typeof OBSERVATION_FIELDS)[number], ...(b ? { year: Number(b) } : {}), ...(c === 'e' ? { estimate: true } : {}), ...(d ? { period: d as PeriodCode } : {}) };
  if (kind === 'figure') return { kind: 'figure', indicator: a || null, field: b as FigureField, label: previous.kind === 'figure' ? previous.label : header };
  return { kind: 'ignore' };
}

/** One row per column of the file: what it means, changeable. Up to 1,000 rows (LIMITS.uploadColumns). */
export function MappingPanel({ header, targets, indicators, onChange }: { header: string[]; targets: ColumnTarget[]; indicators: Indicator[]; onChange: (targets: ColumnTarget[]) => void }) {
  const t = useUploadT();
  const { p, language } = usePresenters();
  const figureLabel: Record<FigureField, string> = { plan: FIELD_LABELS.plan[language], actual: FIELD_LABELS.actual[language], percent_of_plan: FIELD_LABELS.percent_of_plan[language] };
  const figureOf = (indicator: Indicator, field: FigureField) => t('figureOf', { field: figureLabel[field], indicator: p.name(indicator) });
  const byId = new Map(indicators.map((ind) => [ind.id, ind]));
  const labelOf = (target: ColumnTarget, h: string): string => {
    if (target.kind === 'ignore') return saysSamePeriod(h) ? t('ignoreSamePeriod') : t('ignore');
    if (target.kind === 'field')
      return !placed(target) ? FIELD_LABELS[target.field][language] : `${FIELD_LABELS[target.field][language]} · ${[target.period ? formatPeriod(target.period, language) : '', target.year ?? ''].filter(Boolean).join(' ')}${target.estimate ? ` (${FIGURE_KIND_LABELS.estimate[language]})` : ''}`;
    const indicator = target.indicator === null ? undefined : byId.get(target.indicator);
    return indicator ? figureOf(indicator, target.field) : `⚠ ${h}`;
  };
  // One list per render, shared by every row's select: only the selects a person reaches build it.
  const choices = (
    <>
      {OBSERVATION_FIELDS.map((f) => <option key={f} value={`field:${f}`}>{FIELD_LABELS[f][language]}</option>)}
      {indicators.map((ind) => (
        <optgroup key={ind.id} label={p.name(ind)}>
          {FIGURES.map((f) => <option key={f} value={`figure:${ind.id}:${f}`}>{figureOf(ind, f)}</option>)}
        </optgroup>
      ))}
    </>
  );
  const row = (i: number) => {
    const h = header[i] ?? '';
    const target = targets[i] ?? { kind: 'ignore' };
    const unresolved = target.kind === 'figure' && target.indicator === null;
    const value = encode(target);
    return (
      <tr key={`${h}-${i}`} className={unresolved ? 'unresolved' : undefined}>
        <th scope="row"><label htmlFor={`map-${i}`}>{h || `#${i + 1}`}</label></th>
        <td>
          <DeferredSelect id={`map-${i}`} value={value} currentLabel={labelOf(target, h)} onChange={(e) => onChange(targets.map((old, j) => (j === i ? decode(e.target.value, old, h) : old)))}>
            <option value="ignore">{target.kind === 'ignore' ? labelOf(target, h) : t('ignore')}</option>
            {unresolved && <option value={value}>⚠ {h}</option>}
            {placed(target) && <option value={value}>{labelOf(target, h)}</option>}
            {choices}
          </DeferredSelect>
        </td>
      </tr>
    );
  };
  const summary = (from: number, to: number) => {
    const unresolved = targets.slice(from, to).filter((target) => target.kind === 'figure' && target.indicator === null).length;
    return `${t('columnGroup', { from: p.number(from + 1), to: p.number(to) })}${unresolved > 0 ? ` · ⚠ ${t('columnsUnresolved', { n: p.number(unresolved) })}` : ''}`;
  };
  const table = (from: number, to: number) => (
    <div className="table-scroll">
      <table className="data-table mapping-table">
        <thead><tr><th scope="col">{t('column')}</th><th scope="col">{t('meaning')}</th></tr></thead>
        <tbody>{Array.from({ length: to - from }, (_, k) => row(from + k))}</tbody>
      </table>
    </div>
  );
  return (
    <section className="upload-panel" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{t('mapping')}</h2>
      <p className="chart-caption">{t('mappingHint')}</p>
      <LazyGroups count={header.length} size={GROUP} summary={summary}>{table}</LazyGroups>
    </section>
  );
}

