import { DomainError } from '@livefair/core';
import { checkBadges, checkCertifications, checkVideoUrl } from './profile-rules';
import './booth-errors';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
  return null;
};

describe('booth profile rules', () => {
  it('takes http(s) links with a host and refuses everything else', () => {
    expect(checkVideoUrl(' https://video.example.cn/a b.mp4?x=1 ')).toBe('https://video.example.cn/a%20b.mp4?x=1');
    expect(checkVideoUrl('http://v.example.cn')).toBe('http://v.example.cn/');
    expect(checkVideoUrl('')).toBe('');
    expect(checkVideoUrl(undefined)).toBe('');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.cn/a', '//x.cn/a', 'video.mp4', 'https://u:p@x.cn/']) {
      expect([bad, codeOf(() => checkVideoUrl(bad))]).toEqual([bad, 'BOOTH_VIDEO_URL_INVALID']);
    }
  });

  it('knows the badge and certification vocabularies', () => {
    expect(checkBadges(['specialised', 'source-factory'])).toEqual(['specialised', 'source-factory']);
    expect(codeOf(() => checkBadges(['specialised', '专精特新']))).toBe('BOOTH_BADGE_UNKNOWN');
    expect(codeOf(() => checkBadges(['__proto__']))).toBe('BOOTH_BADGE_UNKNOWN');
    expect(checkCertifications([{ code: 'CE' }])).toEqual([{ code: 'CE', number: '', validUntil: null }]);
    expect(codeOf(() => checkCertifications([{ code: 'toString' }]))).toBe('CERTIFICATION_UNKNOWN');
  });
});
