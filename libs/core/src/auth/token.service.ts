import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
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
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(p: Principal): string {
    const claims: TokenClaims = { sub: p.userId, role: p.role, ent: p.enterpriseId, name: p.displayName };
    return this.jwt.sign(claims, { secret: this.config.auth.jwtSecret, expiresIn: this.config.auth.jwtTtl as never });
  }

  verify(token: string): Principal {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token, { secret: this.config.auth.jwtSecret, algorithms: ['HS256'] });
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
