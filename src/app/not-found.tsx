import { Link } from 'react-router';
import { usePresenters } from '../lib/language/use-presenters';

export function NotFound() {
  const { t } = usePresenters();
  return (
    <div className="page-status">
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('backToOverview')}</Link>
    </div>
  );
}
