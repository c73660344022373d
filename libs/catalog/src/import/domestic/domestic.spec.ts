import { cccPointer, isCccCertificate } from './ccc-catalogue';
import { categoryFor } from './hs-categories';
import { labelRulesFor } from './labelling';
import { DEFAULT_PRICING, proposePrices } from './pricing';

describe('domestic readiness tables', () => {
  it('proposes a category from the heading, then the chapter, then the title', () => {
    expect(categoryFor('61091000', '')).toEqual({ category: 'T恤', source: 'hs-heading' });
    expect(categoryFor('6199', '')).toEqual({ category: '针织服装', source: 'hs-chapter' });
    expect(categoryFor('', 'Electric Kettle 1.7L')).toEqual({ category: '厨房小家电', source: 'text' });
    expect(categoryFor('', 'zzz')).toEqual({ category: '', source: 'none' });
  });

  it('points electrical headings at the CCC catalogue and knows a CCC certificate', () => {
    expect(cccPointer('85167100')?.type).toContain('电热');
    expect(cccPointer('61091000')).toBeNull();
    expect(isCccCertificate('3C')).toBe(true);
    expect(isCccCertificate('CCC')).toBe(true);
    expect(isCccCertificate('CE')).toBe(false);
  });

  it('adds textile and electrical labelling items by kind', () => {
    const keys = (hs: string, c = '') => labelRulesFor(hs, c).map((r) => r.key);
    expect(keys('61091000')).toEqual(expect.arrayContaining(['zh-name', 'fibre', 'care', 'safety-class']));
    expect(keys('61091000')).not.toContain('rating');
    expect(keys('85167100')).toEqual(expect.arrayContaining(['zh-name', 'rating']));
    expect(keys('', 'T恤')).toContain('fibre');
  });

  it('computes CNY prices in fen from FOB USD with rate, VAT and margins', () => {
    // US$10.00 at 7.1000: ¥71.00; +15 % = ¥81.65 net; +13 % VAT = ¥92.26 wholesale; +50 % = ¥138.39 retail.
    const p = proposePrices(1000, DEFAULT_PRICING);
    expect(p.comparison.fobCnyFen).toBe(7100);
    expect(p.comparison.domesticNetFen).toBe(8165);
    expect(p.comparison.domesticVatFen).toBe(1061);
    expect(p.wholesaleFen).toBe(9226);
    expect(p.retailFen).toBe(13839);
    // Refund: 7100 / 1.13 * 13 % = 816.8 -> 817 fen given up by selling at home.
    expect(p.comparison.exportRefundFen).toBe(817);
    expect(p.comparison.exportEarningFen).toBe(7917);
    expect(proposePrices(1000, { ...DEFAULT_PRICING, usdCnyRate4: 72_500, vatBp: 900 }).comparison.fobCnyFen).toBe(7250);
  });
});
