import { SelectField } from '../../components/pickers/select-field';
import type { AnalysisReport, UploadOptions } from '../../domain/upload/analyze-upload';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../domain/text/decode';
import type { NumberLocale } from '../../domain/numbers/numbers';
import { useUploadT } from './upload-messages';

const ENCODING_LABELS: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1258': 'Windows-1258' };
const LAYOUT_LABELS = { long: 'layoutLong', wide: 'layoutWide', json: 'layoutJson', areas: 'layoutAreas', awards: 'layoutAwards', 'main-targets': 'layoutMainTargets' } as const;
const DELIMITERS: Record<string, string> = { ',': ', (comma)', ';': '; (semicolon)', '\t': 'Tab' };

/** What was detected — encoding, number format, delimiter, layout — with overrides for a wrong guess. */
export function DetectionPanel({ name, analysis, options, onOptions }: { name: string; analysis: AnalysisReport; options: UploadOptions; onOptions: (o: UploadOptions) => void }) {
  const t = useUploadT();
  const detected = (label: string | null) => (label ? ` (${t('detectedAs')} ${label})` : '');
  return (
    <section className="upload-panel" aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t('detection', { name })}</h2>
      <div className="upload-controls">
        {/* A workbook carries its own text encoding: there is none to choose. */}
        {!analysis.workbooks?.length && <SelectField
          label={t('encoding')}
          value={options.encoding ?? ''}
          options={[{ value: '', label: `${t('auto')}${detected(analysis.encoding && ENCODING_LABELS[analysis.encoding])}` }, ...TEXT_ENCODINGS.map((e) => ({ value: e, label: ENCODING_LABELS[e] }))]}
          onChange={(v) => onOptions({ ...options, encoding: (v || undefined) as TextEncodingName | undefined })}
        />}
        <SelectField
          label={t('numberFormat')}
          value={options.numberLocale ?? 'auto'}
          options={[{ value: 'auto', label: `${t('auto')}${detected(analysis.numberLocale && t(analysis.numberLocale === 'vi' ? 'numberVi' : 'numberEn'))}` }, { value: 'vi', label: t('numberVi') }, { value: 'en', label: t('numberEn') }]}
          onChange={(v) => onOptions({ ...options, numberLocale: v as NumberLocale | 'auto' })}
        />
        <dl className="upload-facts">
          {analysis.delimiter && <div><dt>{t('delimiter')}</dt><dd>{DELIMITERS[analysis.delimiter] ?? analysis.delimiter}</dd></div>}
          <div><dt>{t('layout')}</dt><dd>{t(LAYOUT_LABELS[analysis.layout])}</dd></div>
          <div><dt>{t('rows')}</dt><dd>{analysis.rowCount}</dd></div>
        </dl>
      </div>
      {analysis.areaPreview.length > 0 && (
        <p className="area-preview">{t('areaPreview')}: {analysis.areaPreview.map((n) => <span key={n} className="flag">{n}</span>)}</p>
      )}
    </section>
  );
}
