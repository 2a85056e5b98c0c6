import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { LanguageProvider } from '../lib/language/language-provider';
import { shortValue } from '../domain/text/safe-text';
import { defineMessages } from '../lib/language/feature-messages';
import { useT } from '../lib/language/use-language';

const useErrorT = defineMessages({
  vi: {
    title: 'Màn hình này gặp lỗi',
    explain: 'Chỉ Tiêu không hiện được màn hình này. Số liệu đã tải lên và bộ trình chiếu không bị thay đổi.',
    fix: 'Hãy tải lại trang; nếu vẫn lỗi, về trang tổng quan rồi mở lại màn hình từ thanh điều hướng.',
    detail: 'Chi tiết: {detail}',
    back: 'Về trang tổng quan',
    reload: 'Tải lại trang',
  },
  en: {
    title: 'This view ran into a problem',
    explain: 'Chỉ Tiêu could not show this view. Uploaded data and the presentation deck are unchanged.',
    fix: 'Reload the page; if the problem stays, go back to the overview and open the view again from the navigation.',
    detail: 'Details: {detail}',
    back: 'Back to the overview',
    reload: 'Reload the page',
  },
});

/** What went wrong in one line (never a stack trace): the error's message, shortened. */
function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return shortValue(text, 160).en;
}

function RouteErrorContent({ error }: { error: unknown }) {
  const say = useErrorT();
  const { language } = useT();
  return (
    <div role="alert" className="page-status route-error">
      <h1>{say('title')}</h1>
      <p>{say('explain')}</p>
      <p>{say('fix')}</p>
      <p className="route-error-detail">{say('detail', { detail: describe(error) })}</p>
      <p className="route-error-actions">
        {/* A full load, so nothing of the failed screen's state is carried over. */}
        <a className="button" href={language === 'en' ? '/?lang=en' : '/'}>{say('back')}</a>{' '}
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>{say('reload')}</button>
      </p>
    </div>
  );
}

/**
 * Every route's error boundary: a bilingual message, one line of detail and a way back, instead
 * of the router's developer page. It brings its own URL-state adapter, so it also works when the
 * layout itself failed.
 */
export function RouteError({ error }: { error: unknown }) {
  return (
    <NuqsAdapter>
      <LanguageProvider>
        <RouteErrorContent error={error} />
      </LanguageProvider>
    </NuqsAdapter>
  );
}
