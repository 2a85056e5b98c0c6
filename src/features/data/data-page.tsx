import { useMemo } from 'react';
import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { PageHeader } from '../../components/pickers/page-header';
import { SelectField } from '../../components/pickers/select-field';
import type { OptionGroup } from '../../components/pickers/select-field';
import { levelName, unitName } from '../../components/units/unit-names';
import { inForceIn } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Language } from '../../domain/numbers/format';
import { AREA_LEVELS } from '../../domain/model';
import type { Translate } from '../../lib/language/use-language';
import { usePresenters } from '../../lib/language/use-presenters';
import { SELECTION_OPTIONS } from '../../lib/state/use-selection';
import { dataRows, SORT_KEYS } from './data-rows';
import { DataTable } from './data-table';
import { ExportCsvButton } from './export-csv-button';
import { dataSheetTable } from './data-sheet';
import { TableDownloads } from '../../components/export/table-downloads';
import { useChartProvenance } from '../../components/export/use-chart-provenance';

const filterParsers = {
  year: parseAsInteger,
  area: parseAsString,
  indicator: parseAsString,
  sort: parseAsStringLiteral(SORT_KEYS).withDefault('year'),
  dir: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('asc'),
};

/**
 * The area filter: by level, each unit with its kind ("xã Than Uyên" never reads as the district);
 * with a year, only the units in force at its end (the year rule); without one, every unit, with
 * the period of those a reform started or ended.
 */
function areaGroups(index: DatasetIndex, year: number | null, language: Language, t: Translate): OptionGroup[] {
  const date = (iso: string) => (language === 'vi' ? iso.split('-').reverse().join('/') : iso);
  const period = (a: { validFrom?: string | null | undefined; validTo?: string | null | undefined }) =>
    year !== null ? '' : a.validTo ? ` (${t('areaUntil', { date: date(a.validTo) })})` : a.validFrom ? ` (${t('areaFrom', { date: date(a.validFrom) })})` : '';
  const shown = index.dataset.areas.filter((a) => year === null || inForceIn(a, year));
  return AREA_LEVELS.flatMap((level) => {
    const options = shown.filter((a) => a.level === level).map((a) => ({ value: a.id, label: `${unitName(a, language)}${period(a)}` }));
    return options.length > 0 ? [{ label: levelName(level, t), options }] : [];
  });
}

function Data({ index }: { index: DatasetIndex }) {
  const { t, p, language } = usePresenters();
  const [filters, setFilters] = useQueryStates(filterParsers, SELECTION_OPTIONS);
  // Once per filter and sort, not on every render: positions in the index's columns (165,000 for a year of 3,300 communes), each row an object only when drawn.
  const provenance = useChartProvenance(undefined, []);
  const rows = useMemo(
    () => dataRows(index, { ...(filters.year !== null ? { year: filters.year } : {}), ...(filters.area ? { area: filters.area } : {}), ...(filters.indicator ? { indicator: filters.indicator } : {}) }, filters.sort, filters.dir, language),
    [index, filters.year, filters.area, filters.indicator, filters.sort, filters.dir, language],
  );
  const all = (label: string) => [{ value: '', label }];
  return (
    <>
      <PageHeader title={t('dataTitle')} subtitle={t('rowsShown', { n: p.number(rows.count) })} />
      <div className="data-toolbar" role="search" aria-label={t('filters')}>
        <SelectField label={t('year')} value={filters.year === null ? '' : String(filters.year)} options={[...all(t('allYears')), ...[...index.years].reverse().map((y) => ({ value: String(y), label: String(y) }))]} onChange={(v) => void setFilters({ year: v === '' ? null : Number(v) })} />
        <SelectField label={t('area')} value={filters.area ?? ''} options={all(t('allAreas'))} groups={areaGroups(index, filters.year, language, t)} onChange={(v) => void setFilters({ area: v || null })} />
        <SelectField label={t('indicator')} value={filters.indicator ?? ''} options={[...all(t('allIndicators')), ...index.dataset.indicators.map((i) => ({ value: i.id, label: p.name(i) }))]} onChange={(v) => void setFilters({ indicator: v || null })} />
        <ExportCsvButton count={rows.count} observations={() => rows.observations()} />
        <TableDownloads what={t('dataTitle')} disabled={rows.count === 0} fileName={(extension) => provenance.fileName(t('dataTitle'), extension)} tables={() => [dataSheetTable(rows, t, p, t('dataTitle'), provenance.lines(new Date()))]} />
      </div>
      <DataTable rows={rows} sort={filters.sort} dir={filters.dir} onSort={(sort, dir) => void setFilters({ sort, dir })} />
    </>
  );
}

export function DataPage() {
  return <DatasetGate>{(index) => <Data index={index} />}</DatasetGate>;
}
