import { useState, type DragEvent } from 'react';
import { useUploadT } from './upload-messages';

/** A file input that also takes a dropped file; both hand over the bytes. */
export function FileDrop({ onFile }: { onFile: (file: { name: string; bytes: Uint8Array }) => void }) {
  const t = useUploadT();
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (file) onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
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
        <input type="file" accept=".csv,.tsv,.txt,.json,text/csv,application/json" className="visually-hidden" onChange={(e) => void take(e.target.files?.[0])} />
      </label>
      <span>{t('dropHint')}</span>
    </div>
  );
}
