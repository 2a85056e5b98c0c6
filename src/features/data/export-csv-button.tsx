import { observationsToCsv } from '../../domain/dataset/dataset-export';
import type { Observation } from '../../domain/model';
import { usePresenters } from '../../lib/language/use-presenters';
import { downloadText } from '../../lib/state/download';

/**
 * Downloads exactly the rows on screen, in the canonical CSV (readable back by the upload); they become
 * objects only on the click. A BOM leads, so Excel reads the Vietnamese as UTF-8 (the upload reads past it).
 */
export function ExportCsvButton({ count, observations }: { count: number; observations: () => Observation[] }) {
  const { t } = usePresenters();
  const download = () => downloadText('chi-tieu-observations.csv', `\uFEFF${observationsToCsv(observations())}`);
  return <button type="button" className="button" onClick={download} disabled={count === 0}>{t('exportCsv', { n: count })}</button>;
}
