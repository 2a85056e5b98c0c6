import type { ScoringScheme } from '../../domain/scoring/scoring-scheme';
import { levelOfKey, useLevelT } from './level-messages';
import type { RankingModel } from './ranking-model';

const asLevel = (level: 'district' | 'commune' | 'cluster') => (level === 'cluster' ? 'province' : level);

/** What the link asked for that this year cannot rank: another level, or a scheme made for another level. */
export function LevelNotices({ model, onAdopt }: { model: RankingModel; onAdopt: (scheme: ScoringScheme) => void }) {
  const lt = useLevelT();
  const level = lt(levelOfKey(model.rankedLevel));
  const other = model.otherLevelScheme;
  if (!model.askedOther && !other) return null;
  return (
    <div className="level-notices" role="note">
      {model.askedOther && <p>{lt('askedOther', { asked: lt(levelOfKey(asLevel(model.askedOther))), year: model.year, level })}</p>}
      {other?.level && (
        <p>
          {lt('schemeOtherLevel', { schemeLevel: lt(levelOfKey(other.level)), year: model.year, level })}{' '}
          <button type="button" className="secondary-button" onClick={() => onAdopt(other)}>{lt('adoptScheme', { level })}</button>
        </p>
      )}
    </div>
  );
}
