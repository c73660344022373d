import { guessMapping, headerScore } from './column-guess';

describe('column guesses from English and Chinese headers', () => {
  it('maps a typical English export catalog', () => {
    expect(
      guessMapping(['Item No.', 'Description', 'HS Code', 'FOB Price (USD)', 'MOQ', 'Carton Size', 'Certificates', 'Unit']),
    ).toEqual({ itemNo: 0, nameEn: 1, hsCode: 2, fobUsd: 3, moq: 4, cartonSize: 5, certifications: 6, unit: 7 });
  });

  it('maps Chinese headers', () => {
    expect(guessMapping(['货号', '中文品名', '英文品名', '海关编码', 'FOB价格', '起订量', '认证'])).toEqual({
      itemNo: 0,
      name: 1,
      nameEn: 2,
      hsCode: 3,
      fobUsd: 4,
      moq: 5,
      certifications: 6,
    });
  });

  it('gives each column one field and leaves unknown headers out', () => {
    const m = guessMapping(['Art. No', 'Colour', 'Price', 'Price']);
    expect(m).toEqual({ itemNo: 0, fobUsd: 2 });
  });

  it('scores header rows above data rows', () => {
    expect(headerScore(['Item No.', 'Description', 'FOB'])).toBe(3);
    expect(headerScore(['KT-1001', 'Electric kettle 1.7L', '7.80'])).toBe(0);
  });
});
