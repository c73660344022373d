/**
 * The badges a booth may show, a fixed vocabulary (docs/booths.md): buyers filter by them, so a
 * badge is a code with zh/en labels, never free text. An exhibitor claims them; organizers may
 * check them at admission.
 */
export const BOOTH_BADGES = {
  specialised: { zh: '专精特新', en: 'Specialised & sophisticated SME' },
  'little-giant': { zh: '专精特新"小巨人"', en: '"Little giant" SME' },
  'high-tech': { zh: '高新技术企业', en: 'High-tech enterprise' },
  'export-to-domestic': { zh: '外贸转内销', en: 'Export goods, now sold at home' },
  'source-factory': { zh: '源头工厂', en: 'Source factory' },
  'time-honoured': { zh: '中华老字号', en: 'China time-honoured brand' },
  'small-batch': { zh: '小单快反', en: 'Small batches, quick turnaround' },
  'oem-odm': { zh: '支持定制', en: 'OEM / ODM welcome' },
  'cross-border': { zh: '跨境电商', en: 'Cross-border e-commerce' },
  'green-factory': { zh: '绿色工厂', en: 'Green factory' },
} as const;

export type BoothBadge = keyof typeof BOOTH_BADGES;

export const BOOTH_BADGE_CODES = Object.keys(BOOTH_BADGES) as BoothBadge[];

export function isBoothBadge(code: string): code is BoothBadge {
  return Object.prototype.hasOwnProperty.call(BOOTH_BADGES, code);
}
