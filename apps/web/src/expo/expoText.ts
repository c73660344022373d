import type { ExpoSummary } from '@livefair/protocol';

type Named = Pick<ExpoSummary, 'name' | 'nameEn'>;

/** The expo's name in the UI language: English when the UI is English and the organizer gave one. */
export function expoTitle(e: Named, lang: string): string {
  return lang === 'en' && e.nameEn ? e.nameEn : e.name;
}

/** The other language's name, shown smaller under the title ('' when there is none or it is the same). */
export function expoSubtitle(e: Named, lang: string): string {
  if (!e.nameEn || e.nameEn === e.name) return '';
  return lang === 'en' ? e.name : e.nameEn;
}

export function expoDescription(e: Pick<ExpoSummary, 'description' | 'descriptionEn'>, lang: string): string {
  return lang === 'en' && e.descriptionEn ? e.descriptionEn : e.description;
}
