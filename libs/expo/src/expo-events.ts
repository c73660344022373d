/** An admitted exhibitor got a booth in a hall (its slot on the hall map points at it). */
export interface ExpoBoothAssigned {
  expoId: string;
  hallId: string;
  boothId: string;
  enterpriseId: string;
}

/**
 * An enterprise's trade profile was replaced (province, city, OEM / ODM, VAT special invoice,
 * capacity, certifications ...). Published in the transaction that wrote it; matching re-derives
 * the enterprise's supplier profile from it.
 */
export interface ExpoEnterpriseProfileChanged {
  enterpriseId: string;
}

/** The expo context's domain events (see DomainEvents in core). */
export interface ExpoEvents {
  'expo.booth-assigned': ExpoBoothAssigned;
  'expo.enterprise-profile-changed': ExpoEnterpriseProfileChanged;
}

declare module '@livefair/core' {
  interface DomainEvents extends ExpoEvents {}
}
