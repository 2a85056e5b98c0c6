import { formatNumber, type Language } from '../numbers/format';
import type { Localized } from '../issues';
import { LIMITS } from '../limits';

const MIB = 1024 * 1024;
const count = (value: number, language: Language) => formatNumber(value, language);
const megabytes = (bytes: number, language: Language, decimals: number) => `${formatNumber(bytes / MIB, language, decimals, decimals)} MB`;

/** What an upload over one of its limits is told: what is too big, by how much, and how to make it fit. */
export const LIMIT_MESSAGES = {
  tooManyFiles: (files: number): Localized => ({
    vi: `Đã chọn ${count(files, 'vi')} tệp, quá giới hạn ${count(LIMITS.uploadFiles, 'vi')} tệp của một lần tải lên. Hãy tải lên thành nhiều lần, mỗi lần tối đa ${count(LIMITS.uploadFiles, 'vi')} tệp.`,
    en: `${count(files, 'en')} files were chosen, over the limit of ${count(LIMITS.uploadFiles, 'en')} files in one upload. Upload them in several goes of at most ${count(LIMITS.uploadFiles, 'en')} files.`,
  }),
  fileTooLarge: (name: string, bytes: number): Localized => {
    const named = name ? ` "${name}"` : '';
    return {
      vi: `Tệp${named} nặng ${megabytes(bytes, 'vi', 1)} (${count(bytes, 'vi')} byte), quá giới hạn ${megabytes(LIMITS.uploadBytes, 'vi', 0)} của một lần tải lên. Hãy tách tệp theo năm hoặc theo địa bàn thành các tệp dưới ${megabytes(LIMITS.uploadBytes, 'vi', 0)} rồi tải lên lần lượt.`,
      en: `The file${named} is ${megabytes(bytes, 'en', 1)} (${count(bytes, 'en')} bytes), over the ${megabytes(LIMITS.uploadBytes, 'en', 0)} limit of one upload. Split it by year or by area into files under ${megabytes(LIMITS.uploadBytes, 'en', 0)} and upload them one after another.`,
    };
  },
  tooManyColumns: (columns: number, firstOver: string): Localized => ({
    vi: `Dòng tiêu đề có ${count(columns, 'vi')} cột, quá giới hạn ${count(LIMITS.uploadColumns, 'vi')} cột (cột thứ ${count(LIMITS.uploadColumns + 1, 'vi')} là "${firstOver}"). Hãy tách tệp theo năm hoặc theo địa bàn để mỗi tệp có không quá ${count(LIMITS.uploadColumns, 'vi')} cột, hoặc xoá các cột không dùng.`,
    en: `The header row has ${count(columns, 'en')} columns, over the limit of ${count(LIMITS.uploadColumns, 'en')} (column ${count(LIMITS.uploadColumns + 1, 'en')} is "${firstOver}"). Split the file by year or by area so that each has at most ${count(LIMITS.uploadColumns, 'en')} columns, or delete the columns you do not use.`,
  }),
  cellTooLong: (characters: number, start: string): Localized => ({
    vi: `Ô dài ${count(characters, 'vi')} ký tự, quá giới hạn ${count(LIMITS.cellChars, 'vi')} ký tự một ô (bắt đầu bằng "${start}"). Hãy rút ngắn nội dung ô (chuyển ghi chú dài sang tài liệu riêng) hoặc đóng dấu ngoặc kép bị thiếu, rồi tải lên lại.`,
    en: `The cell is ${count(characters, 'en')} characters long, over the limit of ${count(LIMITS.cellChars, 'en')} per cell (it starts "${start}"). Shorten it (move a long note to a separate document) or close a missing quote, then upload again.`,
  }),
} as const;
