import { DomainError } from '@livefair/core';
import { privateIpLiteral } from './webhook-address';

/**
 * A webhook address the deliveries may POST to: an absolute http(s) URL with a host, no user
 * or password in it and no fragment; unless `allowPrivate`, not `localhost` nor a private IP
 * literal (names that resolve to private addresses are refused when a delivery connects). Anything
 * else is refused with CAMPAIGN_WEBHOOK_URL_INVALID.
 */
export function checkWebhookUrl(raw: string, allowPrivate = false): string {
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
  const host = url.hostname.toLowerCase();
  const privateHost = host === 'localhost' || host.endsWith('.localhost') || privateIpLiteral(host) !== null;
  if (privateHost && !allowPrivate)
    throw new DomainError(
      'CAMPAIGN_WEBHOOK_URL_INVALID',
      'A webhook URL must reach a public address, not this host or a private network',
    );
  return url.toString();
}
