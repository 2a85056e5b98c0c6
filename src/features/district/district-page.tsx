import { useNavigate, useParams } from 'react-router';
import { AreaPicker } from '../../components/area-picker';
import { DatasetGate } from '../../components/dataset-gate';
import { PageHeader } from '../../components/page-header';
import { PrintButton } from '../../components/export/print-button';
import { YearPicker } from '../../components/year-picker';
import { useSelectedYear } from '../../components/use-selected-year';
import type { DatasetIndex } from '../../domain/dataset-index';
import { useCarriedSearch } from '../../lib/carried-search';
import { usePresenters } from '../../lib/use-presenters';
import { DistrictBullets } from './district-bullets';
import { DistrictTrends } from './district-trends';

function District({ index }: { index: DatasetIndex }) {
  const { t } = usePresenters();
  const params = useParams();
  const navigate = useNavigate();
  const search = useCarriedSearch();
  const [year] = useSelectedYear(index);
  const areas = index.dataset.areas.filter((a) => a.level !== 'cluster' && (a.level === 'district' || a.id === index.province?.id));
  const areaId = params.area ?? areas.find((a) => a.level === 'district')?.id ?? '';
  const area = index.area(areaId);
  if (!area) return <p className="page-status" role="alert">{t('unknownArea', { id: areaId })}</p>;
  return (
    <>
      <PageHeader title={t('districtTitle', { name: area.name, year })}>
        <AreaPicker areas={areas} value={area.id} onChange={(id) => void navigate(`/district/${id}${search}`)} />
        <YearPicker index={index} />
        <PrintButton />
      </PageHeader>
      <DistrictBullets index={index} area={area} year={year} />
      <DistrictTrends index={index} area={area} />
    </>
  );
}

export function DistrictPage() {
  return <DatasetGate>{(index) => <District index={index} />}</DatasetGate>;
}
