/** An admitted exhibitor got a booth in a hall (its slot on the hall map points at it). */
export interface ExpoBoothAssigned {
  expoId: string;
  hallId: string;
  boothId: string;
  enterpriseId: string;
}

/** The expo context's domain events (see DomainEvents in core). */
export interface ExpoEvents {
  'expo.booth-assigned': ExpoBoothAssigned;
}

declare module '@livefair/core' {
  interface DomainEvents extends ExpoEvents {}
}
