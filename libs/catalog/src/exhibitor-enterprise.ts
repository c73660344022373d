import { DomainError, Principal } from '@livefair/core';

/** The caller's enterprise: only an exhibitor of one has a catalog and an image library. */
export function exhibitorEnterprise(principal: Principal): string {
  if (principal.role !== 'exhibitor' || !principal.enterpriseId) {
    throw new DomainError('FORBIDDEN_ROLE', 'Only an exhibitor of an enterprise has a catalog');
  }
  return principal.enterpriseId;
}
