import type { Indicator } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { SelectField } from './select-field';

export function IndicatorPicker({ indicators, value, onChange }: { indicators: Indicator[]; value: string; onChange: (id: string) => void }) {
  const { t, p } = usePresenters();
  return <SelectField label={t('indicator')} value={value} options={indicators.map((i) => ({ value: i.id, label: p.name(i) }))} onChange={onChange} className="wide" />;
}
