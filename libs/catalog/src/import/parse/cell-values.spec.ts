import { normalizeHsCode, parseCertifications, parseQuantity, parseUsdCents } from './cell-values';

describe('cell values of an export catalog', () => {
  it.each([
    ['US$1,234.50', 123450],
    ['1.234,50', 123450],
    ['USD 12', 1200],
    ['$0.5', 50],
    ['12.5', 1250],
    ['1,234', 123400],
    ['1.234.567,89', 123456789],
    ['2 450,00', 245000],
    ['7.80 美元', 780],
  ])('reads the price %s as %i cents', (text, cents) => {
    expect(parseUsdCents(text)).toBe(cents);
  });

  it.each(['', 'abc', 'US$', '12,34,5', '-5', '1,2345.00'])('refuses the price %p', (text) => {
    expect(parseUsdCents(text)).toBeNull();
  });

  it('reads quantities with units and thousands', () => {
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('500 pcs')).toBe(500);
    expect(parseQuantity('1000件')).toBe(1000);
    expect(parseQuantity('12.0')).toBe(12);
    expect(parseQuantity('twelve')).toBeNull();
    expect(parseQuantity('1.5')).toBeNull();
  });

  it('normalizes HS codes with and without dots', () => {
    expect(normalizeHsCode('8516.71.00')).toBe('85167100');
    expect(normalizeHsCode('85167100')).toBe('85167100');
    expect(normalizeHsCode('6109.10')).toBe('610910');
    expect(normalizeHsCode('')).toBe('');
    expect(normalizeHsCode('85A6')).toBeNull();
    expect(normalizeHsCode('85')).toBeNull();
  });

  it('splits certification lists', () => {
    expect(parseCertifications('CE, FCC; UL / RoHS、ce')).toEqual(['CE', 'FCC', 'UL', 'RoHS']);
  });
});
