import type { BoothVocabularyView } from '@livefair/protocol';
import { useTranslation } from 'react-i18next';

import { useApi } from '../hooks/useApi';
import { boothsApi } from './boothsApi';

type Entry = { code: string; zh: string; en: string };

/** The server's vocabularies (badges, certifications, provinces, countries) with labels in the page's language. */
export function useVocabulary() {
  const { i18n } = useTranslation();
  const { data } = useApi((signal) => boothsApi.vocabulary(signal), 'booth-vocabulary');
  const en = i18n.language === 'en';
  const label = (list: Entry[] | undefined, code: string) => {
    const e = list?.find((x) => x.code === code);
    return e ? (en ? e.en : e.zh) : code;
  };
  const options = (list: Entry[] | undefined) => (list ?? []).map((e) => ({ value: e.code, label: en ? e.en : e.zh }));
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([en ? 'en' : 'zh-CN'], { type: 'region' });
  } catch {
    regions = null;
  }
  const country = (code: string) => regions?.of(code) ?? code;
  const v: BoothVocabularyView | undefined = data;
  return {
    ready: !!v,
    badge: (code: string) => label(v?.badges, code),
    certification: (code: string) => label(v?.certifications, code),
    province: (code: string) => label(v?.provinces, code),
    country,
    badgeOptions: options(v?.badges),
    certificationOptions: options(v?.certifications),
    provinceOptions: options(v?.provinces),
    countryOptions: (v?.countries ?? []).map((c) => ({ value: c, label: `${country(c)} (${c})` })),
  };
}
