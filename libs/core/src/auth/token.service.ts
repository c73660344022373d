import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { Principal, ROLES, Role } from './principal';

interface TokenClaims {
  sub: string;
  role: Role;
  ent: string | null;
  name: string;
}

/** Signs and verifies the one token used by HTTP and the socket.io handshake. */
@Injectable()
export class TokenService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it as a
   * PEM key on every call (and fails), which cost ~2 ms per request and socket handshake.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  sign(p: Principal): string {
    const claims: TokenClaims = { sub: p.userId, role: p.role, ent: p.enterpriseId, name: p.displayName };
    // @nestjs/jwt types `secret` as string | Buffer; jsonwebtoken itself takes a KeyObject.
    return this.jwt.sign(claims, { secret: this.key as never, algorithm: 'HS256', expiresIn: this.config.auth.jwtTtl as never });
  }

  verify(token: string): Principal {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { secret: this.key as never, algorithms: ['HS256'] });
    } catch {
      throw new DomainError('AUTH_INVALID_TOKEN', 'The access token is invalid or has expired');
    }
    if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) {
      throw new DomainError('AUTH_INVALID_TOKEN', 'The access token is invalid or has expired');
    }
    return { userId: claims.sub, role: claims.role, enterpriseId: claims.ent ?? null, displayName: claims.name ?? '' };
  }

  /** Reads `Bearer <token>`; returns null when absent, throws when present but bad. */
  fromAuthorizationHeader(header: string | undefined): Principal | null {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('AUTH_INVALID_TOKEN', 'Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}
