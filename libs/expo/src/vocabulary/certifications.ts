/**
 * Certification codes a booth or an enterprise profile may name (docs/booths.md). Matching will
 * compare them, so they are a fixed vocabulary; the certificate's number and expiry are free.
 */
export const CERTIFICATIONS = {
  ISO9001: { zh: 'ISO 9001 质量管理体系', en: 'ISO 9001 quality management' },
  ISO14001: { zh: 'ISO 14001 环境管理体系', en: 'ISO 14001 environmental management' },
  ISO45001: { zh: 'ISO 45001 职业健康安全', en: 'ISO 45001 occupational health and safety' },
  ISO13485: { zh: 'ISO 13485 医疗器械质量', en: 'ISO 13485 medical devices' },
  IATF16949: { zh: 'IATF 16949 汽车质量', en: 'IATF 16949 automotive quality' },
  CCC: { zh: 'CCC 中国强制性产品认证', en: 'CCC China compulsory certification' },
  CQC: { zh: 'CQC 自愿性产品认证', en: 'CQC voluntary certification' },
  CE: { zh: 'CE 欧盟', en: 'CE (EU)' },
  FCC: { zh: 'FCC 美国', en: 'FCC (US)' },
  UL: { zh: 'UL 美国', en: 'UL (US)' },
  ROHS: { zh: 'RoHS 有害物质限制', en: 'RoHS' },
  REACH: { zh: 'REACH 欧盟化学品', en: 'REACH (EU)' },
  FDA: { zh: 'FDA 美国食品药品', en: 'FDA (US)' },
  BSCI: { zh: 'BSCI 社会责任', en: 'amfori BSCI' },
  SEDEX: { zh: 'SEDEX 社会责任', en: 'Sedex / SMETA' },
  OEKOTEX: { zh: 'OEKO-TEX 纺织品', en: 'OEKO-TEX Standard 100' },
  GOTS: { zh: 'GOTS 有机纺织品', en: 'GOTS organic textiles' },
  GRS: { zh: 'GRS 全球回收标准', en: 'Global Recycled Standard' },
  FSC: { zh: 'FSC 森林认证', en: 'FSC forest certification' },
  HACCP: { zh: 'HACCP 食品安全', en: 'HACCP food safety' },
  HALAL: { zh: '清真认证', en: 'Halal' },
  GMP: { zh: 'GMP 良好生产规范', en: 'GMP' },
} as const;

export type CertificationCode = keyof typeof CERTIFICATIONS;

export function isCertificationCode(code: string): code is CertificationCode {
  return Object.prototype.hasOwnProperty.call(CERTIFICATIONS, code);
}
