import { observationsToCsv } from '../../domain/dataset-export';
import type { Observation } from '../../domain/model';
import { usePresenters } from '../../lib/use-presenters';
import { downloadText } from '../../lib/download';

/** Downloads exactly the rows on screen, in the canonical CSV (readable back by the upload). */
export function ExportCsvButton({ observations }: { observations: Observation[] }) {
  const { t } = usePresenters();
  const download = () => downloadText('chi-tieu-observations.csv', observationsToCsv(observations));
  return <button type="button" className="button" onClick={download} disabled={observations.length === 0}>{t('exportCsv', { n: observations.length })}</button>;
}
