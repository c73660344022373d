import { DomainError } from '@livefair/core';
import { IsUUID } from 'class-validator';

export class SessionParam {
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

export class ResourceParam extends SessionParam {
  @IsUUID('all', { message: 'resourceId must be a UUID' })
  resourceId!: string;
}

/** Encoders authenticate with the session's stream key as a bearer token (WHIP, RTP ingest). */
export function streamKeyOf(header: string | undefined): string {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw new DomainError('STREAM_KEY_INVALID', 'Send the stream key as "Authorization: Bearer <key>"');
  return m[1];
}
