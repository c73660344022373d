import categoriesData from '../data/categories.json';
import synonymsData from '../data/synonyms.json';

export interface MatchCategory {
  code: string;
  zh: string;
  en: string;
  parent: string | null;
  /** Products of this category need China Compulsory Certification by law. */
  ccc: boolean;
}

export interface CertificationCode {
  code: string;
  zh: string;
  en: string;
}

/**
 * The category tree matching ranks with. Today it is the lib's own data file; later the expo
 * category tree can implement the same interface.
 */
export interface CategoryVocabulary {
  get(code: string): MatchCategory | undefined;
  all(): MatchCategory[];
  /** The industry (root) of a code; the code itself for a root. */
  industryOf(code: string): string | undefined;
  /** 'same' (the code or one under it), 'sibling' (same industry), 'other'. */
  relation(wanted: string, offered: string): 'same' | 'sibling' | 'other';
  /** CCC is required for this code or an ancestor. */
  cccRequired(code: string): boolean;
  /** A code by its code, zh or en name (case-insensitive); undefined when none. */
  lookup(nameOrCode: string): MatchCategory | undefined;
}

export interface SynonymGroup {
  /** Concept id: `industry#index`. */
  id: string;
  industry: string;
  terms: string[];
  categories: string[];
  vote: number;
}

export class FileCategoryVocabulary implements CategoryVocabulary {
  private readonly byCode = new Map<string, MatchCategory>();
  private readonly byName = new Map<string, MatchCategory>();

  constructor(categories: MatchCategory[]) {
    for (const c of categories) {
      this.byCode.set(c.code, c);
      for (const k of [c.code, c.zh, c.en]) this.byName.set(k.toLowerCase(), c);
    }
  }

  get(code: string): MatchCategory | undefined {
    return this.byCode.get(code);
  }

  all(): MatchCategory[] {
    return [...this.byCode.values()];
  }

  industryOf(code: string): string | undefined {
    let c = this.byCode.get(code);
    while (c?.parent) c = this.byCode.get(c.parent);
    return c?.code;
  }

  relation(wanted: string, offered: string): 'same' | 'sibling' | 'other' {
    if (wanted === offered) return 'same';
    // A wanted industry is met by any leaf under it.
    if (this.byCode.get(offered)?.parent === wanted) return 'same';
    const a = this.industryOf(wanted);
    return a !== undefined && a === this.industryOf(offered) ? 'sibling' : 'other';
  }

  cccRequired(code: string): boolean {
    for (let c = this.byCode.get(code); c; c = c.parent ? this.byCode.get(c.parent) : undefined) if (c.ccc) return true;
    return false;
  }

  lookup(nameOrCode: string): MatchCategory | undefined {
    return this.byName.get(nameOrCode.trim().toLowerCase());
  }
}

export const categoryVocabulary: CategoryVocabulary = new FileCategoryVocabulary(categoriesData.categories);

export const certificationCodes: CertificationCode[] = categoriesData.certifications;
const certSet = new Set(certificationCodes.map((c) => c.code));
export const isCertificationCode = (code: string): boolean => certSet.has(code);

const regionOf = new Map<string, string>();
for (const [region, provinces] of Object.entries(categoriesData.regions)) for (const p of provinces) regionOf.set(p, region);
/** The macro-region (华东, 华南 ...) of a province by its short name. */
export const provinceRegion = (province: string): string | undefined => regionOf.get(province);

export const synonymGroups: SynonymGroup[] = Object.entries(synonymsData.industries).flatMap(([industry, groups]) =>
  groups.map((g: { terms: string[]; categories?: string[]; vote?: number }, i) => ({
    id: `${industry}#${i}`,
    industry,
    terms: g.terms,
    categories: g.categories ?? [],
    vote: g.vote ?? 1,
  })),
);
