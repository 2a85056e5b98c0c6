import { observationsToCsv } from '../../domain/dataset-export';
import type { Observation } from '../../domain/model';
import { usePresenters } from '../../lib/use-presenters';

/** Downloads exactly the rows on screen, in the canonical CSV (readable back by the upload). */
export function ExportCsvButton({ observations }: { observations: Observation[] }) {
  const { t } = usePresenters();
  const download = () => {
    const blob = new Blob([observationsToCsv(observations)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'chi-tieu-observations.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return <button type="button" className="button" onClick={download} disabled={observations.length === 0}>{t('exportCsv', { n: observations.length })}</button>;
}
