export * from './leads.module';
export * from './leads-errors';
export * from './leads-events';
export * from './lead-states';
export * from './inquiry.service';
export * from './lead-inbox.service';
export * from './cards/card.service';
