import { Link } from 'react-router';
import { likelySuccessors, validityProblem } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import type { PeriodChoice } from '../../components/pickers/period-picker';
import { unitName } from '../../components/units/unit-names';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { usePresenters } from '../../lib/language/use-presenters';
import { DistrictBullets } from './district-bullets';

/** 2025-07-01 → 01/07/2025, as both languages' reports write it. */
const dateOf = (iso: string) => iso.split('-').reverse().join('/');
/** A unit in force to 30/06/2025 is gone from 01/07/2025. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * A unit the year's figures do not belong to (huyện Than Uyên in 2025, xã Mường Kim in 2020):
 * said in words, with links to the units that carry the year — never a blank page.
 */
export function UnitOutOfForce({ index, area, year, period }: { index: DatasetIndex; area: Area; year: number; period: PeriodChoice }) {
  const { t, language } = usePresenters();
  const search = useCarriedSearch();
  const problem = validityProblem(area, year);
  const link = (unit: Area) => <Link key={unit.id} to={`/district/${unit.id}${search}`}>{unitName(unit, language)}</Link>;
  const list = (units: Area[]) => <ul className="unit-links">{units.map((u) => <li key={u.id}>{link(u)}</li>)}</ul>;
  // Another province's unit, or a unit in force whose parent has other units: its own figures, as they are.
  if (!problem) return <DistrictBullets index={index} area={area} year={year} period={period} />;
  if (problem.kind === 'ended') {
    return (
      <section className="unit-out-of-force warning-banner" role="alert">
        <p>{t('unitGone', { name: unitName(area, language), date: dateOf(dayAfter(problem.date)), year })}</p>
        {list(likelySuccessors(index.dataset.areas, area, year))}
      </section>
    );
  }
  const formers = (area.predecessors ?? []).flatMap((id) => {
    const former = index.area(id);
    return former ? [former] : [];
  });
  return (
    <section className="unit-out-of-force warning-banner" role="alert">
      <p>{t('unitNotYet', { name: unitName(area, language), date: dateOf(problem.date), year, former: formers.map((f) => unitName(f, language)).join(', ') })}</p>
      {list(formers)}
    </section>
  );
}
