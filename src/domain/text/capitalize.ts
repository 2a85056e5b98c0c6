/** The text with its first letter in capitals, the Vietnamese way ("đ" → "Đ"): a phrase that starts a line or a label. */
export const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
