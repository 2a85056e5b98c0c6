import { defineMessages } from '../../lib/language/feature-messages';
import { useLinkNotices } from '../../lib/state/link-notices';
import { useT } from '../../lib/language/use-language';

const useLinkT = defineMessages({
  vi: { dismiss: 'Đã hiểu', label: 'Đóng thông báo về đường dẫn' },
  en: { dismiss: 'Got it', label: 'Close the notice about the link' },
});

/** Says what was removed from an over-long link before the page read it. */
export function LinkNotice() {
  const { messages, dismiss } = useLinkNotices();
  const say = useLinkT();
  const { language } = useT();
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="warning-banner storage-notice link-notice">
      {messages.map((m, i) => <p key={i}>{m[language]}</p>)}
      <button type="button" className="button secondary" aria-label={say('label')} onClick={dismiss}>{say('dismiss')}</button>
    </div>
  );
}
