import { useState } from 'react';
import type { Localized } from '../../domain/issues';
import { defineMessages } from '../../lib/language/feature-messages';
import { useStorageNotices, type StorageNotice } from '../../lib/state/storage-notices';
import { useT } from '../../lib/language/use-language';

const useNoticeT = defineMessages({
  vi: {
    setAside: '{What} lưu trên máy này không đọc được nên đã được để riêng; trang dùng phần còn đọc được hoặc giá trị mặc định.',
    keptUnder: 'Bản gốc được giữ dưới khoá “{key}” trong bộ nhớ của trình duyệt.',
    dropped: 'Không còn chỗ để giữ bản gốc nên nó đã bị bỏ.',
    writeFailed: 'Không lưu được {what} trên máy này.',
    whatWasWrong: 'Lý do:',
    dismiss: 'Đã hiểu',
    dismissLabel: 'Đóng thông báo về {what}',
    region: 'Thông báo về dữ liệu lưu trên máy',
  },
  en: {
    setAside: '{What} stored on this computer could not be read and has been set aside; the page uses what could be read, or the defaults.',
    keptUnder: 'The original is kept under the key “{key}” in the browser’s storage.',
    dropped: 'There was no room to keep the original, so it was dropped.',
    writeFailed: 'Could not save {what} on this computer.',
    whatWasWrong: 'Why:',
    dismiss: 'Got it',
    dismissLabel: 'Close the notice about {what}',
    region: 'Notices about data stored on this computer',
  },
});

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The notice's own action (asking for persistent storage), with the browser's answer said beside it. */
function NoticeAction({ action }: { action: NonNullable<StorageNotice['action']> }) {
  const { language } = useT();
  const [answer, setAnswer] = useState<Localized | null>(null);
  return (
    <p>
      <button type="button" className="button secondary" onClick={() => void action.run().then(setAnswer)}>{action.label[language]}</button>{' '}
      {answer && <span role="status">{answer[language]}</span>}
    </p>
  );
}

function Notice({ notice }: { notice: StorageNotice }) {
  const say = useNoticeT();
  const { language } = useT();
  const dismiss = useStorageNotices((s) => s.dismiss);
  const what = notice.what[language];
  const setAside = notice.kind === 'set-aside';
  return (
    <div role="alert" className={setAside ? 'warning-banner storage-notice' : 'error-banner storage-notice'}>
      <p>
        {setAside ? say('setAside', { What: capitalised(what) }) : say('writeFailed', { what })}{' '}
        {setAside && (notice.asideKey ? say('keptUnder', { key: notice.asideKey }) : say('dropped'))}
      </p>
      {notice.details.length > 0 && (
        <>
          <p>{say('whatWasWrong')}</p>
          <ul>{notice.details.slice(0, 10).map((d, i) => <li key={i}>{d[language]}</li>)}</ul>
        </>
      )}
      <p>{notice.fix[language]}</p>
      {notice.action && <NoticeAction action={notice.action} />}
      <button type="button" className="button secondary" aria-label={say('dismissLabel', { what })} onClick={() => dismiss(notice.id)}>{say('dismiss')}</button>
    </div>
  );
}

/** Every value set aside or not saved, until the reader closes its notice. */
export function StorageNotices() {
  const notices = useStorageNotices((s) => s.notices);
  const say = useNoticeT();
  if (notices.length === 0) return null;
  return (
    <section className="storage-notices" aria-label={say('region')}>
      {notices.map((n) => <Notice key={n.id} notice={n} />)}
    </section>
  );
}
