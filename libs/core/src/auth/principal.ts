export type Role = 'buyer' | 'exhibitor' | 'organizer';
export const ROLES: readonly Role[] = ['buyer', 'exhibitor', 'organizer'];

/** Who a token is for: what `TokenService.sign` puts in it. */
export interface TokenSubject {
  userId: string;
  role: Role;
  /** The enterprise an exhibitor works for; null for buyers and organizers. */
  enterpriseId: string | null;
  displayName: string;
}

/** Who is calling, as carried by a verified token. */
export interface Principal extends TokenSubject {
  /**
   * When the token was issued, epoch seconds with millisecond precision (a fraction): a token
   * issued right after a revocation, in the same second, must stay valid (see TokenRevocations).
   */
  issuedAt: number;
  /** When the token expires, epoch seconds (the JWT `exp`). */
  expiresAt: number;
}
