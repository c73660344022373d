import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error';
import { IS_PUBLIC, REQUIRED_ROLES, RequestWithPrincipal } from './decorators';
import { Role } from './principal';
import { TokenService } from './token.service';

/** Global guard: every HTTP route needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<Request & RequestWithPrincipal>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[]>(REQUIRED_ROLES, targets) ?? [];
    let principal = null;
    try {
      principal = this.tokens.fromAuthorizationHeader(req.headers.authorization);
    } catch (err) {
      if (!isPublic) throw err;
    }
    req.principal = principal;
    if (isPublic) return true;
    if (!principal) throw new DomainError('AUTH_REQUIRED', 'Log in to do this');
    if (roles.length > 0 && !roles.includes(principal.role)) {
      throw new DomainError('FORBIDDEN_ROLE', `This needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}
