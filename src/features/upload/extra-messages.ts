import { defineMessages } from '../../lib/language/feature-messages';

/** The words of an awards.csv or main-targets.csv upload (catalog-extra-panel.tsx). */
export const useExtraT = defineMessages({
  vi: {
    awardsTitle: 'Khen thưởng (awards.csv)',
    awardsHint: 'Tệp này là danh sách khen thưởng (có cột hình thức khen thưởng, trạng thái): khen thưởng cùng đơn vị, năm và hình thức được thay bằng dòng của tệp; số liệu giữ nguyên. Khen thưởng không tính vào điểm xếp hạng.',
    listsTitle: 'Danh mục chỉ tiêu chủ yếu (main-targets.csv)',
    listsHint: 'Tệp này là danh mục chỉ tiêu chủ yếu (có cột chỉ tiêu, phạm vi): danh mục của mỗi đơn vị và năm trong tệp thay danh mục cũ của đơn vị, năm đó; số liệu giữ nguyên. Báo cáo dùng danh mục này để đếm chỉ tiêu chủ yếu.',
    counted: 'Đếm theo',
    countedAwards: 'khen thưởng',
    countedLists: 'danh mục (một đơn vị, một năm)',
    changes: 'Thay đổi khi ghi',
    commit: 'Ghi thành phiên bản mới',
    blocked: 'Tệp có lỗi: không ghi gì. Sửa tệp rồi tải lên lại.',
    nothing: 'Không có gì thay đổi.',
    noteAwards: 'Khen thưởng',
    noteLists: 'Danh mục chỉ tiêu chủ yếu',
  },
  en: {
    awardsTitle: 'Awards (awards.csv)',
    awardsHint: 'This file lists awards (it has award and status columns): an award of the same unit, year and kind is replaced by the file’s row; the figures stay as they are. Awards are never part of a ranking score.',
    listsTitle: 'Lists of main targets (main-targets.csv)',
    listsHint: 'This file lists main targets (it has indicator and scope columns): each unit and year’s list in the file replaces that unit and year’s list; the figures stay as they are. The report counts main targets by these lists.',
    counted: 'Counted in',
    countedAwards: 'awards',
    countedLists: 'lists (one unit, one year)',
    changes: 'Changes on saving',
    commit: 'Save as a new version',
    blocked: 'The file has errors: nothing is saved. Fix the file and upload it again.',
    nothing: 'Nothing changes.',
    noteAwards: 'Awards',
    noteLists: 'Lists of main targets',
  },
});
