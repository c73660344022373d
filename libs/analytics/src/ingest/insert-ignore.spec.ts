import { mysqlLiteral, takesReturning } from './insert-ignore';

describe('takesReturning', () => {
  it('is true for MariaDB from 10.5 and false for older MariaDB and for MySQL', () => {
    expect(takesReturning('10.11.19-MariaDB-0+deb12u1')).toBe(true);
    expect(takesReturning('10.5.0-MariaDB')).toBe(true);
    expect(takesReturning('11.4.2-MariaDB-log')).toBe(true);
    expect(takesReturning('10.4.32-MariaDB')).toBe(false);
    expect(takesReturning('8.0.36')).toBe(false);
    expect(takesReturning('8.4.0-0ubuntu0.24.04.1')).toBe(false);
  });
});

describe('mysqlLiteral', () => {
  it('writes NULL, 0/1, integers, UTC datetimes and quoted text', () => {
    expect(mysqlLiteral(null)).toBe('NULL');
    expect(mysqlLiteral(undefined)).toBe('NULL');
    expect(mysqlLiteral(true)).toBe('1');
    expect(mysqlLiteral(false)).toBe('0');
    expect(mysqlLiteral(-125_00)).toBe('-12500');
    expect(mysqlLiteral(new Date('2026-12-02T05:06:07.089Z'))).toBe("'2026-12-02 05:06:07.089'");
    expect(mysqlLiteral('3f0c1a52-9d3e-4f7b-8a61-0b9d2c4e5f60')).toBe("'3f0c1a52-9d3e-4f7b-8a61-0b9d2c4e5f60'");
    expect(mysqlLiteral('booth.enter')).toBe("'booth.enter'");
  });

  it('escapes text that is not plain, Chinese included', () => {
    expect(mysqlLiteral("x'); DROP TABLE analytics_events; --")).toBe("'x\\'); DROP TABLE analytics_events; --'");
    expect(mysqlLiteral('a\\b')).toBe("'a\\\\b'");
    expect(mysqlLiteral('展位\n')).toBe("'展位\\n'");
  });

  it('refuses what is no column value', () => {
    expect(() => mysqlLiteral(1.5)).toThrow(TypeError);
    expect(() => mysqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(() => mysqlLiteral(new Date('nope'))).toThrow(TypeError);
    expect(() => mysqlLiteral({ id: 1 })).toThrow(TypeError);
  });
});
