import { DomainError } from '../errors/domain-error';
import { Principal } from './principal';

/** An exhibitor may touch only its own enterprise's booths, products and orders. */
export function assertEnterpriseMember(principal: Principal, enterpriseId: string): void {
  if (principal.role !== 'exhibitor' || principal.enterpriseId !== enterpriseId) {
    throw new DomainError('NOT_OWNER', 'This belongs to another enterprise');
  }
}
