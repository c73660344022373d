import { maskName } from './mask-name';

describe('maskName', () => {
  it('keeps the first character and hides the rest', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('王')).toBe('王**');
    expect(maskName('Jane Doe')).toBe('J***');
    expect(maskName('  li  ')).toBe('l***');
    expect(maskName('😀abc')).toBe('😀***');
    expect(maskName('')).toBe('***');
    expect(maskName('   ')).toBe('***');
  });
});
