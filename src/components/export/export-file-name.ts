import { foldText } from '../../domain/text/text-key';

const MAX_LENGTH = 120;

const slug = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * "chi-tieu-muc-giam-ty-le-ho-ngheo-2020.png": the title, then each selection value the title
 * does not already name, folded to ASCII kebab-case so any file system and e-mail keeps it.
 */
export function exportFileName(title: string, selection: readonly string[], extension: string): string {
  const parts = ['chi-tieu', slug(title)];
  for (const value of selection.map(slug)) {
    if (value && !`-${parts.join('-')}-`.includes(`-${value}-`)) parts.push(value);
  }
  const name = parts.filter(Boolean).join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
  return `${name}.${extension}`;
}
