import { DomainError } from '@livefair/core';
import type { CertificationHeldView } from '@livefair/protocol';
import { isBoothBadge } from '../vocabulary/badges';
import { isCertificationCode } from '../vocabulary/certifications';
import { CertificationHeldDto } from './certification.dto';

/** A video link must be an absolute http(s) URL with a host (400 BOOTH_VIDEO_URL_INVALID); '' clears it. */
export function checkVideoUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DomainError('BOOTH_VIDEO_URL_INVALID', 'videoUrl must be an http or https URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) {
    throw new DomainError('BOOTH_VIDEO_URL_INVALID', 'videoUrl must be an http or https URL without credentials');
  }
  return url.toString();
}

export function checkBadges(badges: string[] | undefined): string[] {
  const out = badges ?? [];
  const bad = out.filter((b) => !isBoothBadge(b));
  if (bad.length)
    throw new DomainError('BOOTH_BADGE_UNKNOWN', `Unknown badge: ${bad.join(', ')} (see GET /api/booth-vocabulary)`);
  return out;
}

export function checkCertifications(list: CertificationHeldDto[] | undefined): CertificationHeldView[] {
  const out = (list ?? []).map((c) => ({ code: c.code, number: c.number ?? '', validUntil: c.validUntil ?? null }));
  const bad = out.filter((c) => !isCertificationCode(c.code)).map((c) => c.code);
  if (bad.length) {
    throw new DomainError('CERTIFICATION_UNKNOWN', `Unknown certification: ${bad.join(', ')} (see GET /api/booth-vocabulary)`);
  }
  return out;
}
