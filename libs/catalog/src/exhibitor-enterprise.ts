import { DomainError, Principal } from '@livefair/core';

/** The caller's enterprise: only an exhibitor of one has a catalog and an image library. */
export function exhibitorEnterprise(principal: Principal): string {
  if (principal.role !== 'exhibitor' || !principal.enterpriseId) {
    throw new DomainError('FORBIDDEN_ROLE', 'Only an exhibitor of an enterprise has a catalog');
  }
  return principal.enterpriseId;
}

/**
 * Who owns an uploaded image: an exhibitor's enterprise (its catalog, booth logos), or an
 * organizer (expo covers; the organizer's user id stands in the owner column). Others upload nothing.
 */
export function imageOwner(principal: Principal): { ownerId: string; organizer: boolean } {
  if (principal.role === 'organizer') return { ownerId: principal.userId, organizer: true };
  return { ownerId: exhibitorEnterprise(principal), organizer: false };
}
