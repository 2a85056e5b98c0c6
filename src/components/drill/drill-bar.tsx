import './drill.css';
import { Link, useNavigate } from 'react-router';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import { hasUnits, type ParentChoice } from '../../domain/dataset/drill-down';
import type { Area } from '../../domain/model';
import { useCarriedSearch } from '../../lib/state/carried-search';
import { AreaSearch } from './area-search';
import { Breadcrumb } from './breadcrumb';
import { useDrillT } from './drill-messages';

/** Says why the view does not show what the link asked (?in= unknown, or a commune), and offers the unit. */
export function ParentNotice({ choice }: { choice: ParentChoice }) {
  const dt = useDrillT();
  const search = useCarriedSearch();
  const { problem, parent } = choice;
  if (!problem || !parent) return null;
  return (
    <p className="info-banner page-notice parent-notice" role="status" data-slide="secondary">
      {problem.kind === 'unknown' ? dt('unknownParent', { id: problem.id, shown: parent.name }) : dt('unitParent', { area: problem.area.name, shown: parent.name })}
      {problem.kind === 'unit' && <> <Link to={`/district/${encodeURIComponent(problem.area.id)}${search}`}>{dt('openUnit', { area: problem.area.name })}</Link></>}
    </p>
  );
}

/**
 * Breadcrumb and area search above a view of one parent's units. Choosing an area with units drills
 * the view into it; choosing a commune (or a district without communes) opens its unit view — unless
 * the view chooses areas itself (the trend).
 */
export function DrillBar({ index, choice, onDrill, onChoose }: { index: DatasetIndex; choice: ParentChoice; onDrill: (id: string) => void; onChoose?: (area: Area) => void }) {
  const navigate = useNavigate();
  const search = useCarriedSearch();
  const choose = onChoose ?? ((area: Area) => (hasUnits(index, area.id) ? onDrill(area.id) : void navigate(`/district/${encodeURIComponent(area.id)}${search}`)));
  return (
    <>
      <div className="drill-bar" data-slide="secondary">
        {choice.parent && <Breadcrumb index={index} parent={choice.parent} />}
        <AreaSearch index={index} onChoose={choose} />
      </div>
      <ParentNotice choice={choice} />
    </>
  );
}
