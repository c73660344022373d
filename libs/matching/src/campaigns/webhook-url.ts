import { DomainError } from '@livefair/core';

/**
 * A webhook address the deliveries may POST to: an absolute http(s) URL with a host, no user
 * or password in it and no fragment. Anything else is refused with CAMPAIGN_WEBHOOK_URL_INVALID.
 */
export function checkWebhookUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DomainError('CAMPAIGN_WEBHOOK_URL_INVALID', 'The webhook URL is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DomainError('CAMPAIGN_WEBHOOK_URL_INVALID', 'A webhook URL must be http or https');
  if (!url.hostname) throw new DomainError('CAMPAIGN_WEBHOOK_URL_INVALID', 'A webhook URL needs a host');
  if (url.username || url.password)
    throw new DomainError(
      'CAMPAIGN_WEBHOOK_URL_INVALID',
      'Put no user or password in a webhook URL; the signature authenticates',
    );
  if (url.hash) throw new DomainError('CAMPAIGN_WEBHOOK_URL_INVALID', 'A webhook URL has no #fragment');
  return url.toString();
}
