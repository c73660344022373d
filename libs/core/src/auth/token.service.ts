import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { Principal, ROLES, Role, TokenSubject } from './principal';
import { TokenRevocations } from './token-revocations';

interface TokenClaims {
  sub: string;
  role: Role;
  ent: string | null;
  name: string;
  /** Issued-at in milliseconds: the JWT `iat` is whole seconds, too coarse to order a login after a logout. */
  ims?: number;
  iat?: number;
  exp?: number;
}

const INVALID = 'The access token is invalid or has expired';

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
    private readonly revocations: TokenRevocations,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  sign(p: TokenSubject): string {
    const claims: TokenClaims = { sub: p.userId, role: p.role, ent: p.enterpriseId, name: p.displayName, ims: Date.now() };
    // @nestjs/jwt types `secret` as string | Buffer; jsonwebtoken itself takes a KeyObject.
    return this.jwt.sign(claims, { secret: this.key as never, algorithm: 'HS256', expiresIn: this.config.auth.jwtTtl as never });
  }

  /** The token's principal; throws AUTH_INVALID_TOKEN when it is forged, expired or revoked. */
  verify(token: string): Principal {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { secret: this.key as never, algorithms: ['HS256'] });
    } catch {
      throw new DomainError('AUTH_INVALID_TOKEN', INVALID);
    }
    if (
      typeof claims.sub !== 'string' ||
      !ROLES.includes(claims.role) ||
      typeof claims.iat !== 'number' ||
      typeof claims.exp !== 'number'
    ) {
      throw new DomainError('AUTH_INVALID_TOKEN', INVALID);
    }
    const principal: Principal = {
      userId: claims.sub,
      role: claims.role,
      enterpriseId: claims.ent ?? null,
      displayName: claims.name ?? '',
      issuedAt: typeof claims.ims === 'number' ? claims.ims / 1000 : claims.iat,
      expiresAt: claims.exp,
    };
    if (this.revocations.isRevoked(principal)) {
      throw new DomainError(
        'AUTH_INVALID_TOKEN',
        'This access token was revoked (logout, or a change of role or enterprise); log in again',
      );
    }
    return principal;
  }

  /** Reads `Bearer <token>`; returns null when absent, throws when present but bad. */
  fromAuthorizationHeader(header: string | undefined): Principal | null {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('AUTH_INVALID_TOKEN', 'Authorization header must be "Bearer <token>"');
    return this.verify(match[1]);
  }
}
