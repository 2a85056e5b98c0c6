import type { ParseIssue } from '../../domain/issues';
import { usePresenters } from '../../lib/language/use-presenters';
import { useRankingT } from './ranking-messages';

/** A shared link whose scheme was refused: why, criterion by criterion, and the way back to a clean link. */
export function SchemeLinkAlert({ problems, onReset }: { problems: readonly ParseIssue[]; onReset: () => void }) {
  const rt = useRankingT();
  const { language } = usePresenters();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="import-message error scheme-link-alert">
      <p>{rt('schemeRefused')}</p>
      <ul>{problems.map((p, i) => <li key={i}>{p.message[language]}</li>)}</ul>
      <button type="button" className="secondary-button" onClick={onReset}>{rt('clearSchemeLink')}</button>
    </div>
  );
}
