import { useQuery } from '@tanstack/react-query';
import { defineMessages } from '../../lib/language/feature-messages';
import { datasetQuery } from '../../lib/dataset/use-dataset';
import { useOtherTabChange } from '../../lib/dataset/version-sync';

const useNoticeT = defineMessages({
  vi: {
    otherTab: 'Số liệu vừa được thay đổi ở một thẻ khác; trang này đã tải lại và đang hiển thị {shown}.',
    builtIn: 'số liệu gốc',
    version: 'phiên bản {id}',
    dismiss: 'Đã hiểu',
    versionsSetAside: 'Danh sách phiên bản lưu trong trình duyệt bị hỏng ({reason}) nên đã được để riêng; đang hiển thị số liệu gốc.',
    versionSetAside: 'Phiên bản {id} lưu trong trình duyệt bị hỏng ({reason}); đang hiển thị số liệu gốc. Vào «Tải lên» để chọn phiên bản khác hoặc xoá phiên bản {id}.',
  },
  en: {
    otherTab: 'The data was just changed in another tab; this page has reloaded it and shows {shown}.',
    builtIn: 'the built-in data',
    version: 'version {id}',
    dismiss: 'OK',
    versionsSetAside: 'The list of versions stored in this browser was damaged ({reason}) and has been set aside; the built-in data is shown.',
    versionSetAside: 'Version {id} stored in this browser is damaged ({reason}); the built-in data is shown. Open “Upload” to choose another version or delete version {id}.',
  },
});

/** What every page must say about its data: a change made in another tab, a stored record set aside. */
export function DataNotices() {
  const t = useNoticeT();
  const { data } = useQuery(datasetQuery);
  const changedAt = useOtherTabChange((s) => s.at);
  const dismiss = useOtherTabChange((s) => s.dismiss);
  const shown = data?.version ? t('version', { id: data.version.id }) : t('builtIn');
  return (
    <>
      {data?.setAside.map((s) => (
        <p key={`${s.what}-${s.id ?? ''}`} role="alert" className="warning-banner page-notice">
          {s.what === 'versions' ? t('versionsSetAside', { reason: s.reason }) : t('versionSetAside', { id: s.id ?? '', reason: s.reason })}
        </p>
      ))}
      {changedAt !== null && data && (
        <p className="info-banner page-notice" aria-live="polite" data-testid="other-tab-notice">
          {t('otherTab', { shown })} <button type="button" className="button secondary" onClick={dismiss}>{t('dismiss')}</button>
        </p>
      )}
    </>
  );
}
