import { signWebhook, verifyWebhook } from './webhook-signature';
import { checkWebhookUrl } from './webhook-url';

describe('campaign webhook signatures', () => {
  const body = '{"id":"e1","type":"suggestion.pushed","data":{"text":"求购保温杯"}}';

  it('are sha256= + hex HMAC-SHA256 over "<timestamp>.<body>"', () => {
    // Computed apart: printf '%s' "1796140825.$body" | openssl dgst -sha256 -hmac s3cr3t-s3cr3t-s3cr3t
    const sig = signWebhook('s3cr3t-s3cr3t-s3cr3t', 1796140825, body);
    expect(sig).toBe('sha256=1917b8469d71a097e9d14fb07b7fbbc476f8ec032ba8fc1e5f07ec5faf6311e5');
    expect(sig).not.toBe(signWebhook('s3cr3t-s3cr3t-s3cr3t', 1796140826, body));
    expect(sig).not.toBe(signWebhook('another-secret-0000', 1796140825, body));
  });

  it('verify: the right secret and a fresh timestamp only', () => {
    const now = 1796140825;
    const sig = signWebhook('k'.repeat(20), now, body);
    expect(verifyWebhook('k'.repeat(20), body, sig, String(now), now)).toBe(true);
    expect(verifyWebhook('k'.repeat(20), body, sig, String(now), now + 299)).toBe(true);
    expect(verifyWebhook('k'.repeat(20), body, sig, String(now), now + 301)).toBe(false);
    expect(verifyWebhook('x'.repeat(20), body, sig, String(now), now)).toBe(false);
    expect(verifyWebhook('k'.repeat(20), body.replace('保温杯', '水杯'), sig, String(now), now)).toBe(false);
    expect(verifyWebhook('k'.repeat(20), body, undefined, String(now), now)).toBe(false);
    expect(verifyWebhook('k'.repeat(20), body, sig, 'soon', now)).toBe(false);
  });
});

describe('campaign webhook URLs', () => {
  it('takes absolute http(s) URLs', () => {
    expect(checkWebhookUrl(' https://crm.example.cn/hooks?x=1 ')).toBe('https://crm.example.cn/hooks?x=1');
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true)).toBe('http://127.0.0.1:8080/hook');
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://api.localhost/hook',
    'http://10.1.2.3/',
    'http://192.168.1.10/',
    'http://172.20.0.5/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://0.0.0.0/',
  ])('refuses %s unless private addresses are allowed', (url) => {
    expect(() => checkWebhookUrl(url)).toThrow(expect.objectContaining({ code: 'CAMPAIGN_WEBHOOK_URL_INVALID' }));
    expect(checkWebhookUrl(url, true)).toBe(new URL(url).toString());
  });

  it.each([
    'ftp://example.cn/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    '/relative',
    'https://u:p@example.cn/',
    'https://example.cn/#x',
    '',
  ])('refuses %s', (url) =>
    expect(() => checkWebhookUrl(url)).toThrow(expect.objectContaining({ code: 'CAMPAIGN_WEBHOOK_URL_INVALID' })),
  );
});
