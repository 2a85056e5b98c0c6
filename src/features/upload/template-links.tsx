import { indicatorsToCsv, templateCsv } from '../../domain/dataset/dataset-export';
import type { Indicator } from '../../domain/model';
import { downloadText } from '../../lib/state/download';
import { useUploadT } from './upload-messages';

export function TemplateLinks({ indicators }: { indicators: Indicator[] }) {
  const t = useUploadT();
  return (
    <div className="upload-controls">
      <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu-template.csv', templateCsv())}>{t('template')}</button>
      <button type="button" className="button secondary" onClick={() => downloadText('chi-tieu-indicators.csv', indicatorsToCsv(indicators))}>{t('catalog')}</button>
    </div>
  );
}
