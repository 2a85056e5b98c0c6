import './units.css';
import { useId } from 'react';
import type { Area } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { SelectField, type Option } from '../pickers/select-field';
import { formerLabel } from './unit-names';
import type { UnitListChoice } from './use-unit-list';

/**
 * Search, former-district filter, sort and grouping for a long list of units (38 communes):
 * native controls, so each works by keyboard and is named for a screen reader.
 */
export function UnitListTools(props: {
  choice: UnitListChoice;
  onChange: (next: Partial<{ q: string; former: string[]; sort: string; grouped: boolean }>) => void;
  formerUnits: Area[];
  sortOptions: Option[];
  shown: number;
  total: number;
}) {
  const { t, language } = usePresenters();
  const searchId = useId();
  const { choice, onChange } = props;
  const filtered = choice.filter.query !== '' || choice.filter.former.length > 0;
  return (
    <div className="unit-tools" role="search" aria-label={t('unitListTools')} data-slide="secondary">
      <div className="select-field">
        <label htmlFor={searchId}>{t('unitSearch')}</label>
        <input id={searchId} type="search" value={choice.filter.query} onChange={(e) => props.onChange({ q: e.target.value })} />
      </div>
      {props.formerUnits.length > 0 && <SelectField
        label={t('unitFormer')}
        value={choice.filter.former.length === 1 ? (choice.filter.former[0] ?? '') : ''}
        options={[{ value: '', label: t('allFormer') }, ...props.formerUnits.map((a) => ({ value: a.id, label: formerLabel(a, language, t) }))]}
        onChange={(id) => onChange({ former: id ? [id] : [] })}
      />}
      <SelectField label={t('sortUnits')} value={choice.sort} options={props.sortOptions} onChange={(sort) => onChange({ sort })} />
      {/* Units without former districts (before a reform, a national list) have nothing to group by. */}
      {props.formerUnits.length > 0 && (
        <label className="unit-group-toggle">
          <input type="checkbox" checked={choice.grouped} onChange={(e) => onChange({ grouped: e.target.checked })} /> {t('groupByFormer')}
        </label>
      )}
      <p className="unit-count" aria-live="polite">
        {t('unitsShown', { n: props.shown, total: props.total })}
        {filtered && <> <button type="button" className="button secondary" onClick={() => onChange({ q: '', former: [] })}>{t('clearUnitFilter')}</button></>}
      </p>
    </div>
  );
}
