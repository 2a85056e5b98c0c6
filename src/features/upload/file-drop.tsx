import { useState, type ChangeEvent, type DragEvent } from 'react';
import type { ParseIssue } from '../../domain/issues';
import { formatBytes, LIMITS } from '../../domain/limits';
import { uploadSizeIssue } from '../../domain/validation/upload-limits';
import { usePresenters } from '../../lib/language/use-presenters';
import { useUploadT } from './upload-messages';

/**
 * A file input that also takes a dropped file; both hand over the bytes. A file over the size limit
 * is refused from File.size alone: not a byte of it is read.
 */
export function FileDrop({ onFile, onRefused }: { onFile: (file: { name: string; bytes: Uint8Array }) => void; onRefused: (name: string, issue: ParseIssue) => void }) {
  const t = useUploadT();
  const { p } = usePresenters();
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (!file) return;
    const refused = uploadSizeIssue(file.size, file.name);
    if (refused) onRefused(file.name, refused);
    else onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };
  // The input forgets its file once taken: picking the very same file again (after a cancel, or once it is fixed) is a change again.
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    void take(file);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  return (
    <div className={`file-drop ${over ? 'over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
      <label className="button">
        {t('chooseFile')}
        <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" className="visually-hidden" aria-describedby="upload-limits" onChange={onPick} />
      </label>
      <span>{t('dropHint')}</span>
      <p id="upload-limits" className="chart-caption upload-limits">
        {t('limitsHint', { bytes: formatBytes(LIMITS.uploadBytes), columns: p.number(LIMITS.uploadColumns), chars: p.number(LIMITS.cellChars) })}
      </p>
    </div>
  );
}
