import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import type { IceServerView } from '@livefair/protocol';
import { createHmac } from 'node:crypto';
import type { LiveSocket } from '../gateway/socket-principal';

/**
 * The TURN REST API credential (draft-uberti-behave-turn-rest, what coturn's `use-auth-secret`
 * checks): base64(HMAC-SHA1(secret, username)), the username being `<expiry unix>:<id>`.
 */
export function turnCredential(secret: string, username: string): string {
  return createHmac('sha1', secret).update(username).digest('base64');
}

/**
 * ICE servers for one socket: STUN as configured, and TURN with a credential minted for this
 * user (an anonymous viewer: this socket) that coturn accepts until TURN_CREDENTIAL_TTL from now.
 * Nobody is handed a static credential, so a scraped one stops working and names whom it was for.
 */
@Injectable()
export class IceServers {
  /** The clock credentials expire by (tests set their own). */
  now: () => number = Date.now;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  for(socket: LiveSocket): IceServerView[] {
    const { stunUrls, turnUrls, turnSecret, turnTtlMs } = this.config.ice;
    const servers: IceServerView[] = stunUrls.length ? [{ urls: stunUrls }] : [];
    if (turnUrls.length && turnSecret) {
      const expiry = Math.floor((this.now() + turnTtlMs) / 1000);
      const who = socket.data.principal?.userId ?? `anon-${socket.id}`;
      const username = `${expiry}:${who}`;
      servers.push({ urls: turnUrls, username, credential: turnCredential(turnSecret, username) });
    }
    return servers;
  }
}
