import type { BoothVocabularyView } from '@livefair/protocol';
import { BOOTH_BADGES } from '../vocabulary/badges';
import { CERTIFICATIONS } from '../vocabulary/certifications';
import { COUNTRY_CODES } from '../vocabulary/countries';
import { PROVINCES } from '../vocabulary/provinces';

const entries = (o: Record<string, { zh: string; en: string }>) => Object.entries(o).map(([code, v]) => ({ code, ...v }));

/** Every vocabulary the profile editors and search filters use, in one answer. */
export const BOOTH_VOCABULARY: BoothVocabularyView = {
  badges: entries(BOOTH_BADGES),
  certifications: entries(CERTIFICATIONS),
  provinces: entries(PROVINCES),
  countries: [...COUNTRY_CODES],
};
