import type { Indicator } from '../../domain/model';
import { OBSERVATION_FIELDS } from '../../domain/header-aliases';
import type { ColumnTarget, FigureField } from '../../domain/upload/column-mapping';
import { usePresenters } from '../../lib/use-presenters';
import { useUploadT } from './upload-messages';

const FIGURES: FigureField[] = ['plan', 'actual', 'percent_of_plan'];

const encode = (t: ColumnTarget): string => (t.kind === 'ignore' ? 'ignore' : t.kind === 'field' ? `field:${t.field}` : `figure:${t.indicator ?? ''}:${t.field}`);

function decode(value: string, previous: ColumnTarget, header: string): ColumnTarget {
  const [kind, a = '', b = ''] = value.split(':');
  if (kind === 'field') return { kind: 'field', field: a as (typeof OBSERVATION_FIELDS)[number] };
  if (kind === 'figure') return { kind: 'figure', indicator: a || null, field: b as FigureField, label: previous.kind === 'figure' ? previous.label : header };
  return { kind: 'ignore' };
}

/** One row per column of the file: what it means, changeable. */
export function MappingPanel({ header, targets, indicators, onChange }: { header: string[]; targets: ColumnTarget[]; indicators: Indicator[]; onChange: (targets: ColumnTarget[]) => void }) {
  const t = useUploadT();
  const { p, t: tr } = usePresenters();
  const figureLabel: Record<FigureField, string> = { plan: tr('plan'), actual: tr('actual'), percent_of_plan: tr('percentOfPlan') };
  return (
    <section className="upload-panel" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{t('mapping')}</h2>
      <p className="chart-caption">{t('mappingHint')}</p>
      <div className="table-scroll">
        <table className="data-table mapping-table">
          <thead><tr><th scope="col">{t('column')}</th><th scope="col">{t('meaning')}</th></tr></thead>
          <tbody>
            {header.map((h, i) => {
              const target = targets[i] ?? { kind: 'ignore' };
              const unresolved = target.kind === 'figure' && target.indicator === null;
              return (
                <tr key={`${h}-${i}`} className={unresolved ? 'unresolved' : undefined}>
                  <th scope="row"><label htmlFor={`map-${i}`}>{h || `#${i + 1}`}</label></th>
                  <td>
                    <select id={`map-${i}`} value={encode(target)} onChange={(e) => onChange(targets.map((old, j) => (j === i ? decode(e.target.value, old, h) : old)))}>
                      <option value="ignore">{t('ignore')}</option>
                      {unresolved && <option value={encode(target)}>⚠ {h}</option>}
                      {OBSERVATION_FIELDS.map((f) => <option key={f} value={`field:${f}`}>{f}</option>)}
                      {indicators.map((ind) => (
                        <optgroup key={ind.id} label={p.name(ind)}>
                          {FIGURES.map((f) => <option key={f} value={`figure:${ind.id}:${f}`}>{t('figureOf', { field: figureLabel[f], indicator: p.name(ind) })}</option>)}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
