import { useNavigate, useParams } from 'react-router';
import { AreaPicker } from '../../components/pickers/area-picker';
import { DatasetGate } from '../../components/notices/dataset-gate';
import { PageHeader } from '../../components/pickers/page-header';
import { PeriodLine, PeriodPicker, usePeriodChoice } from '../../components/pickers/period-picker';
import { PrintButton } from '../../components/export/print-button';
import { LevelLine } from '../../components/units/level-line';
import { unitName } from '../../components/units/unit-names';
import { YearNotice } from '../../components/notices/year-notice';
import { YearPicker } from '../../components/pickers/year-picker';
import { useYearChoice } from '../../components/pickers/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import { DistrictBullets } from './district-bullets';
import { DistrictTrends } from './district-trends';
import { UnitOutOfForce } from './unit-out-of-force';

/**
 * One unit, one year: a district before the 2025 reform, a commune after. The picker lists the
 * units of the year shown; a unit of another period says so and leads to the units of this one.
 */
function District({ index: yearIndex }: { index: DatasetIndex }) {
  const { t, language } = usePresenters();
  const period = usePeriodChoice(yearIndex);
  const { index } = period;
  const params = useParams();
  const navigate = useNavigate();
  const search = useCarriedSearch();
  const choice = useYearChoice(index);
  const { year } = choice;
  const province = index.province;
  const units = province ? index.unitsOf(province.id, year) : [];
  const areaId = params.area ?? units[0]?.id ?? '';
  const area = index.area(areaId);
  if (!area) return <p className="page-status" role="alert">{t('unknownArea', { id: areaId })}</p>;
  const inList = area.id === province?.id || units.some((u) => u.id === area.id);
  return (
    <>
      <PageHeader title={t('unitViewTitle', { name: unitName(area, language), year })}>
        <AreaPicker areas={units} first={[...(province ? [province] : []), ...(inList ? [] : [area])]} areaOf={(id) => index.area(id)} value={area.id} onChange={(id) => void navigate(`/district/${id}${search}`)} />
        <YearPicker index={index} year={year} />
        <PeriodPicker choice={period} />
        <PrintButton />
      </PageHeader>
      <YearNotice choice={choice} what={unitName(area, language)} />
      <PeriodLine choice={period} year={year} />
      <LevelLine level={province ? index.unitLevel(province.id, year) : null} total={units.length} />
      {inList ? <DistrictBullets index={index} area={area} year={year} period={period} /> : <UnitOutOfForce index={index} area={area} year={year} period={period} />}
      <DistrictTrends index={index} area={area} period={period} />
    </>
  );
}

export function DistrictPage() {
  return <DatasetGate>{(index) => <District index={index} />}</DatasetGate>;
}
