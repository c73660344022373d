import { Injectable } from '@nestjs/common';
import { DomainError, Principal, TransactionalConnection } from '@livefair/core';
import { RfqThreadService } from '@livefair/orders';
import { LEAD_LIMITS, type BuyerLeadView, type LeadDetailView, type LeadPage, type LeadView } from '@livefair/protocol';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { LeadListQueryDto } from './dto/lead-list-query.dto';
import { LeadNoteDto, LeadStatusDto } from './dto/lead-actions.dto';
import { LeadEvent } from './entities/lead-event.entity';
import { LeadNote } from './entities/lead-note.entity';
import { Lead } from './entities/lead.entity';
import { LeadNotifier } from './lead-notifier';
import { leadTransition, nextLeadStatuses } from './lead-states';
import { toBuyerLeadView, toLeadEventView, toLeadNoteView, toLeadView } from './lead-views';

/** A LIKE pattern that matches `text` anywhere, with % and _ taken literally (escape character `!`). */
function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * The exhibitor's leads inbox (its enterprise's leads only: 403 NOT_OWNER otherwise), their
 * status steps and notes; and the buyer's own inquiries. Organizers never reach these.
 */
@Injectable()
export class LeadInboxService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly notifier: LeadNotifier,
    private readonly rfqThreads: RfqThreadService,
  ) {}

  async listForSeller(staff: Principal, query: LeadListQueryDto): Promise<LeadPage<LeadView>> {
    const enterpriseId = this.enterpriseOf(staff);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.filtered('enterpriseId', enterpriseId, query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toLeadView), total, page, pageSize };
  }

  async listForBuyer(buyer: Principal, query: LeadListQueryDto): Promise<LeadPage<BuyerLeadView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.filtered('buyerId', buyer.userId, query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toBuyerLeadView), total, page, pageSize };
  }

  /** The filtered leads for a CSV export, newest first; 422 EXPORT_TOO_LARGE past the bound. */
  async forExport(staff: Principal, query: LeadListQueryDto): Promise<LeadView[]> {
    const qb = this.filtered('enterpriseId', this.enterpriseOf(staff), query);
    const total = await qb.getCount();
    if (total > LEAD_LIMITS.exportMax)
      throw new DomainError(
        'EXPORT_TOO_LARGE',
        `${total} leads match; export at most ${LEAD_LIMITS.exportMax} at a time (narrow the dates)`,
      );
    return (await qb.getMany()).map(toLeadView);
  }

  async detail(staff: Principal, id: string): Promise<LeadDetailView> {
    const lead = await this.ownLead(staff, id);
    return this.detailOf(lead);
  }

  /** The buyer's own inquiry (403 NOT_OWNER for anyone else's). */
  async buyerDetail(buyer: Principal, id: string): Promise<BuyerLeadView & { history: LeadDetailView['history'] }> {
    const lead = await this.tx.getRepository(Lead).findOne({ where: { id } });
    if (!lead) throw DomainError.notFound('LEAD_NOT_FOUND', 'Lead', id);
    if (lead.buyerId !== buyer.userId) throw new DomainError('NOT_OWNER', 'This inquiry is another buyer’s');
    const history = await this.tx.getRepository(LeadEvent).find({ where: { leadId: id }, order: { at: 'ASC', id: 'ASC' } });
    return { ...toBuyerLeadView(lead), history: history.map(toLeadEventView) };
  }

  async changeStatus(staff: Principal, id: string, dto: LeadStatusDto): Promise<LeadDetailView> {
    const enterpriseId = this.enterpriseOf(staff);
    let rfqId: string | null = null;
    if (dto.rfqId) {
      if (dto.to !== 'quoted')
        throw new DomainError('LEAD_RFQ_MISMATCH', 'An RFQ can be named only when the lead becomes quoted');
      const thread = await this.rfqThreads.thread(staff, dto.rfqId); // 404 RFQ_NOT_FOUND, 403 RFQ_NOT_PARTY
      const lead = await this.ownLead(staff, id);
      if (thread.rfq.buyerId !== lead.buyerId || thread.rfq.enterpriseId !== enterpriseId)
        throw new DomainError('LEAD_RFQ_MISMATCH', "This RFQ is not between this lead's buyer and your enterprise");
      rfqId = dto.rfqId;
    }
    const lead = await this.tx.run(async () => {
      const repo = this.tx.getRepository(Lead);
      const row = await this.lockOwnLead(staff, id);
      const check = leadTransition(row.status, dto.to, dto.reason);
      if (!check.ok) throw new DomainError(check.code, check.message);
      const now = new Date();
      const reason = dto.reason?.trim() || null;
      const from = row.status;
      row.status = dto.to;
      row.updatedAt = now;
      if (dto.to === 'lost') row.lostReason = reason;
      if (rfqId) row.rfqId = rfqId;
      await repo.update(
        { id: row.id, status: from },
        { status: row.status, updatedAt: now, lostReason: row.lostReason, rfqId: row.rfqId },
      );
      const events = this.tx.getRepository(LeadEvent);
      await events.insert(
        events.create({
          leadId: row.id,
          fromStatus: from,
          toStatus: dto.to,
          actorId: staff.userId,
          actorName: staff.displayName.slice(0, 64),
          reason,
          at: now,
        }),
      );
      await this.notifier.statusChanged(row, reason);
      return row;
    });
    return this.detailOf(lead);
  }

  async addNote(staff: Principal, id: string, dto: LeadNoteDto): Promise<LeadDetailView> {
    const lead = await this.tx.run(async () => {
      const row = await this.lockOwnLead(staff, id);
      if (row.noteCount >= LEAD_LIMITS.notesPerLead)
        throw new DomainError('LEAD_NOTES_FULL', `A lead holds at most ${LEAD_LIMITS.notesPerLead} notes`);
      const now = new Date();
      const notes = this.tx.getRepository(LeadNote);
      await notes.insert(
        notes.create({
          leadId: row.id,
          authorId: staff.userId,
          authorName: staff.displayName.slice(0, 64),
          body: dto.body,
          createdAt: now,
        }),
      );
      row.noteCount += 1;
      row.updatedAt = now;
      await this.tx.getRepository(Lead).update({ id: row.id }, { noteCount: row.noteCount, updatedAt: now });
      return row;
    });
    return this.detailOf(lead);
  }

  private async detailOf(lead: Lead): Promise<LeadDetailView> {
    const [history, notes] = await Promise.all([
      this.tx.getRepository(LeadEvent).find({ where: { leadId: lead.id }, order: { at: 'ASC', id: 'ASC' } }),
      this.tx.getRepository(LeadNote).find({ where: { leadId: lead.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return {
      ...toLeadView(lead),
      history: history.map(toLeadEventView),
      notes: notes.map(toLeadNoteView),
      next: nextLeadStatuses(lead.status),
    };
  }

  private enterpriseOf(staff: Principal): string {
    if (staff.role !== 'exhibitor' || !staff.enterpriseId)
      throw new DomainError('NOT_OWNER', 'Only an enterprise’s staff see its leads');
    return staff.enterpriseId;
  }

  private async ownLead(staff: Principal, id: string): Promise<Lead> {
    const enterpriseId = this.enterpriseOf(staff);
    const lead = await this.tx.getRepository(Lead).findOne({ where: { id } });
    if (!lead) throw DomainError.notFound('LEAD_NOT_FOUND', 'Lead', id);
    if (lead.enterpriseId !== enterpriseId) throw new DomainError('NOT_OWNER', 'This lead belongs to another enterprise');
    return lead;
  }

  /** The lead, row-locked for this transaction (its steps and notes take turns). */
  private async lockOwnLead(staff: Principal, id: string): Promise<Lead> {
    const lead = await this.ownLead(staff, id);
    // Touching the row first takes its lock on MariaDB; the embedded engine runs one transaction at a time.
    await this.tx.getRepository(Lead).update({ id }, { updatedAt: lead.updatedAt });
    return this.tx.getRepository(Lead).findOneOrFail({ where: { id } });
  }

  private filtered(column: 'enterpriseId' | 'buyerId', value: string, query: LeadListQueryDto): SelectQueryBuilder<Lead> {
    const qb = this.tx.getRepository(Lead).createQueryBuilder('l').where(`l.${column} = :scope`, { scope: value });
    if (query.status) qb.andWhere('l.status = :status', { status: query.status });
    if (query.boothId) qb.andWhere('l.boothId = :boothId', { boothId: query.boothId });
    if (query.from) qb.andWhere('l.createdAt >= :from', { from: instant(query.from, 'from') });
    if (query.to) qb.andWhere('l.createdAt < :to', { to: instant(query.to, 'to') });
    if (query.q) {
      const q = containsPattern(query.q);
      qb.andWhere(
        new Brackets((b) =>
          b
            .where(`l.buyerName LIKE :q ESCAPE '!'`, { q })
            .orWhere(`l.contactName LIKE :q ESCAPE '!'`, { q })
            .orWhere(`l.contactCompany LIKE :q ESCAPE '!'`, { q })
            .orWhere(`l.productName LIKE :q ESCAPE '!'`, { q })
            .orWhere(`l.enterpriseName LIKE :q ESCAPE '!'`, { q })
            .orWhere(`l.message LIKE :q ESCAPE '!'`, { q }),
        ),
      );
    }
    return qb.orderBy('l.createdAt', 'DESC').addOrderBy('l.id', 'DESC');
  }
}

/** An ISO-8601 date (read as Beijing midnight, the fair's zone) or instant, as a Date. */
function instant(text: string, field: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00+08:00`) : new Date(text);
  if (Number.isNaN(d.getTime())) throw new DomainError('VALIDATION_FAILED', `${field} must be an ISO-8601 date or instant`);
  return d;
}
