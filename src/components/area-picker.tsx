import type { Area } from '../domain/model';
import { usePresenters } from '../lib/use-presenters';
import { SelectField } from './select-field';

export function AreaPicker({ areas, value, onChange }: { areas: Area[]; value: string; onChange: (id: string) => void }) {
  const { t } = usePresenters();
  return <SelectField label={t('area')} value={value} options={areas.map((a) => ({ value: a.id, label: a.name }))} onChange={onChange} />;
}
