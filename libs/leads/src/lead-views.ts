import type { BuyerLeadView, LeadEventView, LeadNoteView, LeadView } from '@livefair/protocol';
import { LeadEvent } from './entities/lead-event.entity';
import { LeadNote } from './entities/lead-note.entity';
import { Lead } from './entities/lead.entity';

export function toLeadView(l: Lead): LeadView {
  return {
    id: l.id,
    status: l.status,
    boothId: l.boothId,
    boothCode: l.boothCode,
    enterpriseId: l.enterpriseId,
    enterpriseName: l.enterpriseName,
    expoId: l.expoId,
    buyerId: l.buyerId,
    buyerName: l.buyerName,
    productId: l.productId,
    productName: l.productName,
    quantity: l.quantity,
    unit: l.unit,
    message: l.message,
    contact: { name: l.contactName, company: l.contactCompany, phone: l.contactPhone, email: l.contactEmail },
    rfqId: l.rfqId,
    lostReason: l.lostReason,
    noteCount: l.noteCount,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

/** The buyer's view: their inquiry and its status, without the exhibitor's note count. */
export function toBuyerLeadView(l: Lead): BuyerLeadView {
  const { noteCount: _notes, ...view } = toLeadView(l);
  return view;
}

export function toLeadEventView(e: LeadEvent): LeadEventView {
  return { from: e.fromStatus, to: e.toStatus, actorName: e.actorName, reason: e.reason, at: e.at.toISOString() };
}

export function toLeadNoteView(n: LeadNote): LeadNoteView {
  return { id: n.id, authorName: n.authorName, body: n.body, createdAt: n.createdAt.toISOString() };
}
