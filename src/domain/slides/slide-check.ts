import type { Localized } from '../issues';
import { LIMITS } from '../limits';
import { cleanTitle, shortValue } from '../text/safe-text';
import { checkSlideView, isSlideKind, SLIDE_KINDS, type SlideKind, type SlideViewProblem } from './slide-view';

/** A slide as it may be kept: a known kind, its view checked and rebuilt, a clean bounded title. */
export interface CheckedSlide {
  kind: SlideKind;
  view: string;
  title: string;
}

export type SlideCheck = { ok: true; slide: CheckedSlide } | { ok: false; message: Localized };

const KIND_NAME: Record<SlideKind, Localized> = {
  overview: { vi: 'tổng quan', en: 'overview' },
  district: { vi: 'huyện', en: 'district' },
  indicator: { vi: 'chỉ tiêu', en: 'indicator' },
  trend: { vi: 'xu hướng', en: 'trend' },
  'in-year': { vi: 'theo dõi trong năm', en: 'in-year monitoring' },
  ranking: { vi: 'xếp hạng', en: 'ranking' },
  report: { vi: 'báo cáo', en: 'report' },
};

const EXAMPLE: Record<SlideKind, string> = {
  overview: '/?year=2020',
  district: '/district/tan-uyen?year=2020',
  indicator: '/indicator/budget_revenue?year=2019',
  trend: '/trend?area=lai-chau&indicator=budget_revenue',
  'in-year': '/in-year?year=2025&area=lai-chau&indicator=grdp_growth',
  ranking: '/ranking?year=2019',
  report: '/report?year=2019',
};

const ROUTES = '/, /district/<mã>, /indicator/<mã>, /trend, /ranking';
const ROUTES_EN = '/, /district/<id>, /indicator/<id>, /trend, /ranking';

/** Why a view is refused and what to do, in both languages. */
function viewReason(problem: SlideViewProblem, kind: SlideKind): { why: Localized; fix: Localized } {
  const ownPath = { vi: `Dùng đường dẫn của một màn hình Chỉ Tiêu, ví dụ ${EXAMPLE[kind]}.`, en: `Use the path of a Chỉ Tiêu view, e.g. ${EXAMPLE[kind]}.` };
  switch (problem.code) {
    case 'not-text':
      return { why: { vi: 'không phải là chữ', en: 'is not text' }, fix: ownPath };
    case 'too-long':
      return { why: { vi: `dài ${problem.length} ký tự, quá giới hạn ${problem.limit}`, en: `is ${problem.length} characters long, over the limit of ${problem.limit}` }, fix: { vi: 'Rút gọn đường dẫn.', en: 'Shorten the path.' } };
    case 'control-chars':
      return { why: { vi: 'chứa ký tự điều khiển (tab, xuống dòng…) có thể biến nó thành địa chỉ nơi khác', en: 'contains control characters (tab, line break…) that can turn it into an address elsewhere' }, fix: { vi: 'Xoá các ký tự đó.', en: 'Remove them.' } };
    case 'not-a-path':
      return { why: { vi: 'không phải đường dẫn trong ứng dụng (phải bắt đầu bằng một dấu /; không nhận http:, javascript:…)', en: 'is not a path inside the app (it must start with one /; http:, javascript:… are not accepted)' }, fix: ownPath };
    case 'backslash':
      return { why: { vi: 'chứa dấu \\', en: 'contains a backslash' }, fix: { vi: 'Dùng dấu / thay cho \\.', en: 'Use / instead of \\.' } };
    case 'other-origin':
      return { why: { vi: 'trỏ ra trang của nơi khác (bắt đầu bằng // hoặc /\\)', en: 'points to a page elsewhere (it starts with // or /\\)' }, fix: ownPath };
    case 'unknown-path':
      return { why: { vi: `có “${shortValue(problem.path).vi}” không phải màn hình trình chiếu được`, en: `has “${shortValue(problem.path).en}”, which is not a view that can be a slide` }, fix: { vi: `Chỉ dùng ${ROUTES}.`, en: `Use only ${ROUTES_EN}.` } };
    case 'bad-id':
      return { why: { vi: `có mã “${shortValue(problem.id).vi}” không hợp lệ`, en: `has an invalid id “${shortValue(problem.id).en}”` }, fix: { vi: 'Mã chỉ gồm chữ không dấu, số và _ . -', en: 'An id holds only letters, digits and _ . -' } };
    case 'kind-mismatch':
      return {
        why: { vi: `là màn hình ${KIND_NAME[problem.actual].vi}, không khớp loại trang “${kind}”`, en: `is a ${KIND_NAME[problem.actual].en} view, not the slide's kind “${kind}”` },
        fix: { vi: `Đổi "kind" thành "${problem.actual}" hoặc sửa đường dẫn.`, en: `Set "kind" to "${problem.actual}" or change the path.` },
      };
    case 'unknown-param':
      return { why: { vi: `có tham số “${shortValue(problem.param).vi}” mà màn hình này không dùng`, en: `has a parameter “${shortValue(problem.param).en}” this view does not read` }, fix: { vi: `Chỉ dùng: ${problem.allowed.join(', ')}.`, en: `Use only: ${problem.allowed.join(', ')}.` } };
    case 'repeated-param':
      return { why: { vi: `có tham số “${problem.param}” hai lần`, en: `has the parameter “${problem.param}” twice` }, fix: { vi: 'Giữ một.', en: 'Keep one.' } };
    case 'scheme-too-long':
      return {
        why: { vi: `có bộ tiêu chí (scheme) dài ${problem.length} ký tự, quá giới hạn ${problem.limit}`, en: `carries a scheme of ${problem.length} characters, over the limit of ${problem.limit}` },
        fix: { vi: 'Chia sẻ bộ tiêu chí bằng tệp JSON thay cho đường dẫn.', en: 'Share the scheme as a JSON file instead of in the link.' },
      };
  }
}

/** "Trang 3 “Tổng quan 2020” (tổng quan)" — or "Màn hình này" when the slide has no place yet. */
function slideName(position: number | null, kind: SlideKind | null, title: unknown): Localized {
  const quoted = typeof title === 'string' && title.trim() ? ` “${shortValue(title, 40).vi}”` : '';
  const quotedEn = typeof title === 'string' && title.trim() ? ` “${shortValue(title, 40).en}”` : '';
  const kindVi = kind ? ` (${KIND_NAME[kind].vi})` : '';
  const kindEn = kind ? ` (${KIND_NAME[kind].en})` : '';
  if (position === null) return { vi: `Màn hình này${kindVi}`, en: `This view${kindEn}` };
  return { vi: `Trang ${position}${quoted}${kindVi}`, en: `Slide ${position}${quotedEn}${kindEn}` };
}

const fieldOf = (input: unknown, field: string): unknown => (input !== null && typeof input === 'object' && Object.hasOwn(input, field) ? (input as Record<string, unknown>)[field] : undefined);

/**
 * One slide from outside (a deck file, the stored deck, the view on screen): `position` is its
 * number in the deck (1-based), null for a view not yet in one. The title loses its control
 * characters and must fit LIMITS.slideTitleChars; the view must pass checkSlideView.
 */
export function checkSlide(input: unknown, position: number | null): SlideCheck {
  const kind = fieldOf(input, 'kind');
  const view = fieldOf(input, 'view');
  const title = fieldOf(input, 'title');
  if (!isSlideKind(kind)) {
    const shown = typeof kind === 'string' ? shortValue(kind) : { vi: String(kind), en: String(kind) };
    const where = slideName(position, null, title);
    return { ok: false, message: { vi: `${where.vi}: loại trang “${shown.vi}” không có. Dùng ${SLIDE_KINDS.join(', ')}.`, en: `${where.en}: there is no slide kind “${shown.en}”. Use ${SLIDE_KINDS.join(', ')}.` } };
  }
  const where = slideName(position, kind, title);
  if (typeof title !== 'string') return { ok: false, message: { vi: `${where.vi}: tiêu đề phải là chữ. Ghi "title" trong dấu ngoặc kép.`, en: `${where.en}: the title must be text. Write "title" in double quotes.` } };
  if (title.length > LIMITS.slideTitleChars) {
    return { ok: false, message: { vi: `${where.vi}: tiêu đề dài ${title.length} ký tự, quá giới hạn ${LIMITS.slideTitleChars}. Rút gọn tiêu đề.`, en: `${where.en}: the title is ${title.length} characters long, over the limit of ${LIMITS.slideTitleChars}. Shorten it.` } };
  }
  const checked = checkSlideView(kind, view);
  if (!checked.ok) {
    const { why, fix } = viewReason(checked.problem, kind);
    const shown = typeof view === 'string' ? shortValue(view) : { vi: String(view), en: String(view) };
    return { ok: false, message: { vi: `${where.vi}: đường dẫn “${shown.vi}” ${why.vi}. ${fix.vi}`, en: `${where.en}: the view “${shown.en}” ${why.en}. ${fix.en}` } };
  }
  return { ok: true, slide: { kind, view: checked.view, title: cleanTitle(title, LIMITS.slideTitleChars) } };
}
