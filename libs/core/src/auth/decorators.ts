import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { Principal, Role } from './principal';

export const IS_PUBLIC = 'livefair:public';
export const REQUIRED_ROLES = 'livefair:roles';

/** Anyone may call this route; a valid token is still read if present. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call this route (403 FORBIDDEN_ROLE otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type RequestWithPrincipal = { principal?: Principal | null };

/** The verified caller. On a public route it may be null. */
export const CurrentUser = createParamDecorator((optional: boolean | undefined, ctx: ExecutionContext) => {
  const principal = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal ?? null;
  if (!principal && !optional) throw new DomainError('AUTH_REQUIRED', 'Log in to do this');
  return principal;
});
