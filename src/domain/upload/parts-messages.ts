/** What an upload of several files says about a part, in Vietnamese and English. */
import type { Localized } from '../issues';

export const PARTS_MESSAGES = {
  catalogAlone: (file: string): Localized => ({
    vi: `Tệp "${file}" là danh mục (đơn vị, khen thưởng hoặc chỉ tiêu chủ yếu), không phải số liệu: danh mục thay đổi cả bộ dữ liệu nên phải tải lên riêng. Cách sửa: bỏ tệp này khỏi lần tải, rồi tải nó một mình.`,
    en: `File "${file}" is a catalog (areas, awards or main targets), not figures: a catalog changes the whole dataset and goes alone. Fix: leave this file out, then upload it on its own.`,
  }),
};
