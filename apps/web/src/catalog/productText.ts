import type { ProductView } from '@livefair/protocol';

/** The title in the UI's language: English when chosen and given, else the Chinese one. */
export function productTitle(p: Pick<ProductView, 'name' | 'nameEn'>, lang: string): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

/** The other language's title, shown smaller beside it ('' when there is none or it is the same). */
export function productSubtitle(p: Pick<ProductView, 'name' | 'nameEn'>, lang: string): string {
  if (!p.nameEn) return '';
  return lang === 'en' ? p.name : p.nameEn;
}

export function productDescription(p: Pick<ProductView, 'description' | 'descriptionEn'>, lang: string): string {
  return lang === 'en' && p.descriptionEn ? p.descriptionEn : p.description;
}

/** The units the form offers; any other (up to 16 characters) may be typed. */
export const UNITS = ['件', '双', '套', '个', '箱', '米', '平方米', '千克', '吨', '副', '台', '张', '把'] as const;
