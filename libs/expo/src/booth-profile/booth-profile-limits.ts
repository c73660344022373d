/** Fixed bounds of one booth's and one enterprise's profile (docs/booths.md). */
export const BOOTH_PROFILE_LIMITS = {
  introLength: 4000,
  videoUrlLength: 500,
  showcase: 12,
  certifications: 20,
  badges: 6,
  contacts: 5,
  categories: 10,
  exportMarkets: 60,
} as const;
