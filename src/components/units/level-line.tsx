import './units.css';
import type { Area, AreaLevel } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { formerLabel, levelName } from './unit-names';

/**
 * "Cấp: xã, phường (38 đơn vị)": the level a view shows, kept on a slide; a slide showing some
 * former districts' communes names them and how many of all it shows.
 */
export function LevelLine({ level, total, part }: { level: AreaLevel | null; total: number; part?: { former: Area[]; shown: number } | null }) {
  const { t, language } = usePresenters();
  if (!level) return null;
  const name = levelName(level, t);
  const formers = part?.former.map((f) => formerLabel(f, language, t)) ?? [];
  const shown = part?.shown ?? total;
  return (
    // A slide of a few districts keeps its room for figures (its picture's footer names the level); a part of many communes says which.
    <p className="level-line" data-level={level} data-slide={part ? undefined : 'secondary'}>
      {formers.length > 0 ? t('levelPart', { level: name, part: formers.join(', '), n: shown, total }) : t('levelLine', { level: name, n: total })}
    </p>
  );
}
