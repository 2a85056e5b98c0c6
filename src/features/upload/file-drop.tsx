import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { ParseIssue } from '../../domain/issues';
import { formatBytes, LIMITS } from '../../domain/limits';
import { uploadFilesIssue } from '../../domain/validation/upload-limits';
import { usePresenters } from '../../lib/language/use-presenters';
import type { Selection } from './use-upload';
import { useUploadT } from './upload-messages';

/** What the picker offers: the text files, and the office workbooks (.xlsx, .xlsm, .xls, .ods). */
const ACCEPT = ['.csv', '.tsv', '.txt', '.json', 'text/csv', 'application/json', '.xlsx', '.xlsm', '.xls', '.ods',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'application/vnd.oasis.opendocument.spreadsheet'].join(',');

/** The name a selection goes by: the file's, or the first file's with how many more. */
export const selectionName = (names: readonly string[]): string => (names.length === 1 ? (names[0] ?? '') : `${names[0] ?? ''} +${names.length - 1}`);

/**
 * A file input that also takes dropped files (one, or the communes' workbooks together); both hand over
 * the bytes. Files over the limits (each, all together, how many) are refused from their sizes alone:
 * not a byte of them is read.
 */
export function FileDrop({ onFiles, onRefused }: { onFiles: (selection: Selection) => void; onRefused: (name: string, issue: ParseIssue) => void }) {
  const t = useUploadT();
  const { p } = usePresenters();
  const [over, setOver] = useState(false);
  const take = async (list: readonly File[]) => {
    if (list.length === 0) return;
    const name = selectionName(list.map((f) => f.name));
    const refused = uploadFilesIssue(list);
    if (refused) return onRefused(name, refused);
    const files = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    onFiles({ name, files, size: list.reduce((n, f) => n + f.size, 0) });
  };
  // The input forgets its files once taken: picking the very same file again (after a cancel, or once it is fixed) is a change again.
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.currentTarget.files ?? [])];
    e.currentTarget.value = '';
    void take(files);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take([...e.dataTransfer.files]);
  };
  return (
    <div className={`file-drop ${over ? 'over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
      <label className="button">
        {t('chooseFile')}
        <input type="file" multiple accept={ACCEPT} className="visually-hidden" aria-describedby="upload-limits" onChange={onPick} />
      </label>
      <span>{t('dropHint')}</span>
      <p id="upload-limits" className="chart-caption upload-limits">
        {t('limitsHint', { bytes: formatBytes(LIMITS.uploadBytes), files: p.number(LIMITS.uploadFiles), columns: p.number(LIMITS.uploadColumns), chars: p.number(LIMITS.cellChars) })}
      </p>
    </div>
  );
}
