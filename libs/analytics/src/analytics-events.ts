/**
 * The leads context publishes this (CONTRACTS.md); it is declared here as well so that analytics
 * compiles on its own. The two declarations are identical, as TypeScript's interface merging requires.
 */
export interface LeadsInquiryCreated {
  leadId: string;
  boothId: string;
  enterpriseId: string;
  expoId: string | null;
  buyerId: string;
  productId: string | null;
  quantity: number | null;
  at: string;
}

interface AnalyticsSubscribedEvents {
  'leads.inquiry-created': LeadsInquiryCreated;
}

declare module '@livefair/core' {
  interface DomainEvents extends AnalyticsSubscribedEvents {}
}
