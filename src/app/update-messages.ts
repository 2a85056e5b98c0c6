import { defineMessages } from '../lib/language/feature-messages';

/** What the service worker tells the reader: a new build is ready, or the app now works offline. */
export const useUpdateT = defineMessages({
  vi: {
    newVersion: 'Đã có phiên bản mới của Chỉ Tiêu.',
    reload: 'Tải lại để cập nhật',
    later: 'Để sau',
    offlineReady: 'Chỉ Tiêu đã sẵn sàng dùng khi không có mạng.',
    dismiss: 'Đóng thông báo',
  },
  en: {
    newVersion: 'A new version of Chỉ Tiêu is available.',
    reload: 'Reload to update',
    later: 'Later',
    offlineReady: 'Chỉ Tiêu is ready to work offline.',
    dismiss: 'Dismiss',
  },
});
