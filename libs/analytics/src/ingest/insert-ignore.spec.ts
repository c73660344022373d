import { takesReturning } from './insert-ignore';

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
