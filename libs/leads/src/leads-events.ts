/** A buyer left an inquiry at a booth (committed). Analytics joins it to the buyer's visits. */
export interface InquiryCreated {
  leadId: string;
  boothId: string;
  enterpriseId: string;
  expoId: string | null;
  buyerId: string;
  productId: string | null;
  quantity: number | null;
  /** ISO-8601 UTC. */
  at: string;
}

interface LeadsEvents {
  'leads.inquiry-created': InquiryCreated;
}

declare module '@livefair/core' {
  interface DomainEvents extends LeadsEvents {}
}
