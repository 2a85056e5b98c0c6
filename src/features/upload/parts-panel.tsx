import type { UploadOptions } from '../../domain/upload/analyze-upload';
import type { PartReport } from '../../domain/upload/part-reports';
import { usePresenters } from '../../lib/language/use-presenters';
import { useFormT } from './form-panel-messages';

/**
 * Several files (or sheets) in one upload, each with its own count of rows, errors and warnings, and
 * whether its rows go into the version: a file with errors only when the analyst ticks the box.
 */
export function PartsPanel({ parts, options, onOptions }: { parts: PartReport[]; options: UploadOptions; onOptions: (o: UploadOptions) => void }) {
  const t = useFormT();
  const { p } = usePresenters();
  const withErrors = parts.some((part) => part.errors > 0);
  return (
    <section className="upload-panel" aria-labelledby="parts-heading">
      <h2 id="parts-heading">{t('partsHeading')}</h2>
      <p role="status">{t('partsSummary', { kept: p.number(parts.filter((part) => part.kept).length), total: p.number(parts.length) })}</p>
      {withErrors && (
        <label className="keep-good-rows">
          <input type="checkbox" checked={options.keepGoodRows === true} onChange={(e) => onOptions({ ...options, keepGoodRows: e.target.checked })} /> {t('keepGoodRows')}
        </label>
      )}
      <div className="table-scroll">
        <table className="data-table parts-table">
          <caption className="visually-hidden">{t('partsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('partFile')}</th><th scope="col">{t('partSheet')}</th><th scope="col" className="num">{t('partRows')}</th><th scope="col" className="num">{t('partValid')}</th>
              <th scope="col" className="num">{t('partErrors')}</th><th scope="col" className="num">{t('partWarnings')}</th><th scope="col">{t('partIn')}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={`${part.file}|${part.sheet ?? ''}`} data-kept={part.kept}>
                <th scope="row">{part.file}</th>
                <td>{part.sheet ?? '–'}</td>
                <td className="num">{p.number(part.rowCount)}</td>
                <td className="num">{p.number(part.validRows)}</td>
                <td className="num">{part.errors > 0 ? `✖ ${p.number(part.errors)}` : '0'}</td>
                <td className="num">{p.number(part.warnings)}</td>
                <td>{part.kept ? `✓ ${t('partKept')}` : `✖ ${t('partLeft')}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
