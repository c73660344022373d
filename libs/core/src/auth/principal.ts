export type Role = 'buyer' | 'exhibitor' | 'organizer';
export const ROLES: readonly Role[] = ['buyer', 'exhibitor', 'organizer'];

/** Who is calling, as carried by a verified token. */
export interface Principal {
  userId: string;
  role: Role;
  /** The enterprise an exhibitor works for; null for buyers and organizers. */
  enterpriseId: string | null;
  displayName: string;
}
