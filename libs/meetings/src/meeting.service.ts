import { Inject, Injectable } from '@nestjs/common';
import { AccountsService, NotificationsService } from '@livefair/accounts';
import { APP_CONFIG, AppConfig, DomainError, KeyedQueue, Principal, TransactionalConnection } from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import { MeetingRoomService } from '@livefair/live';
import type { MeetingStatus, MeetingView } from '@livefair/protocol';
import { In, LessThan, MoreThan } from 'typeorm';
import { AcceptMeetingDto, CancelMeetingDto, DeclineMeetingDto, ProposeMeetingDto } from './dto/meeting.dto';
import { Meeting } from './entities/meeting.entity';
import { meetingNotices } from './meeting-notices';
import { checkSlots } from './meeting-slots';
import { toMeetingView } from './meeting-views';

const DAY_MS = 86_400_000;
const LIST_MAX = 100;

/**
 * Private video meetings: a buyer proposes slots to an exhibitor enterprise, its staff accept one
 * (which opens a private live room for the named participants) or decline; either side cancels.
 * Every step is one transaction with its inbox lines. Bounded per buyer per day, per buyer and
 * enterprise, and per enterprise's waiting proposals.
 */
@Injectable()
export class MeetingService {
  private readonly perBuyer = new KeyedQueue<string>();
  private readonly perMeeting = new KeyedQueue<string>();

  constructor(
    private readonly tx: TransactionalConnection,
    private readonly enterprises: EnterpriseService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly rooms: MeetingRoomService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async propose(buyer: Principal, dto: ProposeMeetingDto): Promise<MeetingView> {
    const slots = checkSlots(dto.slots, this.config.meetings);
    const enterprise = await this.enterprises.view(dto.enterpriseId);
    const staffIds = enterprise ? await this.accounts.staffIdsOf(enterprise.id) : [];
    if (!enterprise || staffIds.length === 0)
      throw DomainError.notFound('MEETING_ENTERPRISE_NOT_FOUND', 'Exhibitor enterprise', dto.enterpriseId);
    return this.perBuyer.run(buyer.userId, () =>
      this.tx.run(async () => {
        const now = new Date();
        await this.assertBounds(buyer.userId, enterprise.id, now);
        const repo = this.tx.getRepository(Meeting);
        const row = repo.create({
          status: 'proposed',
          buyerId: buyer.userId,
          buyerName: buyer.displayName.slice(0, 64),
          enterpriseId: enterprise.id,
          enterpriseName: enterprise.name.slice(0, 128),
          topic: dto.topic,
          message: dto.message ?? '',
          demandId: dto.demandId ?? null,
          context: dto.context ?? null,
          slots,
          acceptedStartsAt: null,
          acceptedEndsAt: null,
          acceptedBy: null,
          participantIds: null,
          roomSessionId: null,
          roomOpensAt: null,
          roomClosesAt: null,
          declineReason: null,
          cancelledBy: null,
          cancelReason: null,
          createdAt: now,
          updatedAt: now,
        });
        await repo.insert(row);
        await this.notifications.notify(meetingNotices(row, 'proposed', staffIds, buyer.userId));
        return toMeetingView(row);
      }),
    );
  }

  async accept(staff: Principal, id: string, dto: AcceptMeetingDto): Promise<MeetingView> {
    return this.perMeeting.run(id, async () => {
      const m = await this.forStaff(staff, id);
      if (m.status !== 'proposed') throw transition(m.status, 'accepted');
      const slot = m.slots[dto.slotIndex];
      if (!slot) throw new DomainError('MEETING_SLOT_NOT_OFFERED', `The buyer offered ${m.slots.length} slot(s)`);
      const start = new Date(slot.startsAt);
      const end = new Date(slot.endsAt);
      if (start.getTime() < Date.now()) throw new DomainError('MEETING_SLOT_IN_PAST', 'That slot has already started');
      const staffIds = await this.accounts.staffIdsOf(m.enterpriseId);
      const colleagues = dto.staffIds ?? [];
      if (colleagues.some((c) => c === staff.userId || !staffIds.includes(c)))
        throw new DomainError('MEETING_PARTICIPANT_INVALID', "staffIds must be other staff members of the meeting's enterprise");
      const participantIds = [m.buyerId, staff.userId, ...colleagues];
      await this.assertFree(participantIds, start, end);
      const { roomEarlyMs, roomGraceMs } = this.config.meetings;
      const opensAt = new Date(start.getTime() - roomEarlyMs);
      const closesAt = new Date(end.getTime() + roomGraceMs);
      const saved = await this.tx.run(async () => {
        const room = await this.rooms.open({
          enterpriseId: m.enterpriseId,
          title: m.topic,
          participantIds,
          opensAt,
          closesAt,
          createdBy: staff.userId,
        });
        const changes: Partial<Meeting> = {
          status: 'accepted',
          acceptedStartsAt: start,
          acceptedEndsAt: end,
          acceptedBy: staff.userId,
          participantIds,
          roomSessionId: room.id,
          roomOpensAt: opensAt,
          roomClosesAt: closesAt,
          updatedAt: new Date(),
        };
        await this.step(m, 'proposed', changes);
        const row = Object.assign(m, changes);
        await this.notifications.notify(meetingNotices(row, 'accepted', staffIds, staff.userId));
        return row;
      });
      return toMeetingView(saved);
    });
  }

  async decline(staff: Principal, id: string, dto: DeclineMeetingDto): Promise<MeetingView> {
    return this.perMeeting.run(id, async () => {
      const m = await this.forStaff(staff, id);
      if (m.status !== 'proposed') throw transition(m.status, 'declined');
      const staffIds = await this.accounts.staffIdsOf(m.enterpriseId);
      return this.tx.run(async () => {
        const changes: Partial<Meeting> = { status: 'declined', declineReason: dto.reason, updatedAt: new Date() };
        await this.step(m, 'proposed', changes);
        const row = Object.assign(m, changes);
        await this.notifications.notify(meetingNotices(row, 'declined', staffIds, staff.userId));
        return toMeetingView(row);
      });
    });
  }

  async cancel(user: Principal, id: string, dto: CancelMeetingDto): Promise<MeetingView> {
    return this.perMeeting.run(id, async () => {
      const m = await this.forParty(user, id);
      const over = m.status === 'accepted' && m.acceptedEndsAt!.getTime() <= Date.now();
      if ((m.status !== 'proposed' && m.status !== 'accepted') || over) throw transition(m.status, 'cancelled');
      const staffIds = await this.accounts.staffIdsOf(m.enterpriseId);
      const view = await this.tx.run(async () => {
        const changes: Partial<Meeting> = {
          status: 'cancelled',
          cancelledBy: m.buyerId === user.userId ? 'buyer' : 'enterprise',
          cancelReason: dto.reason || null,
          updatedAt: new Date(),
        };
        await this.step(m, m.status, changes);
        const row = Object.assign(m, changes);
        await this.notifications.notify(meetingNotices(row, 'cancelled', staffIds, user.userId));
        return toMeetingView(row);
      });
      // After the commit: the room ends and whoever is in it is told (room.status ended).
      if (m.roomSessionId) await this.rooms.close(m.roomSessionId);
      return view;
    });
  }

  /** "我的洽谈": a buyer's own meetings, or an exhibitor's enterprise's; newest first. */
  async list(user: Principal, status?: MeetingStatus): Promise<MeetingView[]> {
    const where =
      user.role === 'buyer'
        ? { buyerId: user.userId, ...(status ? { status } : {}) }
        : { enterpriseId: user.enterpriseId ?? '-', ...(status ? { status } : {}) };
    const rows = await this.tx.getRepository(Meeting).find({ where, order: { createdAt: 'DESC' }, take: LIST_MAX });
    return rows.map(toMeetingView);
  }

  /**
   * For matching's campaign dashboard: the meetings booked about these purchase needs
   * (`demandId`), newest first, at most LIST_MAX; the caller checks who may see them.
   */
  async aboutDemands(demandIds: readonly string[]): Promise<MeetingView[]> {
    if (demandIds.length === 0) return [];
    const rows = await this.tx
      .getRepository(Meeting)
      .find({ where: { demandId: In([...demandIds]) }, order: { createdAt: 'DESC' }, take: LIST_MAX });
    return rows.map(toMeetingView);
  }

  async view(user: Principal, id: string): Promise<MeetingView> {
    return toMeetingView(await this.forParty(user, id));
  }

  private async load(id: string): Promise<Meeting> {
    const m = await this.tx.getRepository(Meeting).findOne({ where: { id } });
    if (!m) throw DomainError.notFound('MEETING_NOT_FOUND', 'Meeting', id);
    return m;
  }

  private async forParty(user: Principal, id: string): Promise<Meeting> {
    const m = await this.load(id);
    const buyer = user.role === 'buyer' && m.buyerId === user.userId;
    const staff = user.role === 'exhibitor' && user.enterpriseId === m.enterpriseId;
    if (!buyer && !staff) throw new DomainError('NOT_OWNER', 'This meeting is between other parties');
    return m;
  }

  private async forStaff(user: Principal, id: string): Promise<Meeting> {
    const m = await this.load(id);
    if (user.role !== 'exhibitor' || user.enterpriseId !== m.enterpriseId)
      throw new DomainError('NOT_OWNER', "Only the meeting enterprise's staff answer it");
    return m;
  }

  /** One conditional update: a concurrent step (another process) makes it match nothing. */
  private async step(m: Meeting, from: MeetingStatus, changes: Partial<Meeting>): Promise<void> {
    const result = await this.tx.getRepository(Meeting).update({ id: m.id, status: from }, changes);
    if (!result.affected) throw new DomainError('MEETING_TRANSITION_INVALID', 'The meeting changed meanwhile; reload it');
  }

  private async assertBounds(buyerId: string, enterpriseId: string, now: Date): Promise<void> {
    const repo = this.tx.getRepository(Meeting);
    const { maxPerBuyerPerDay, maxOpenPerPair, maxPendingPerEnterprise } = this.config.meetings;
    if ((await repo.count({ where: { buyerId, createdAt: MoreThan(new Date(now.getTime() - DAY_MS)) } })) >= maxPerBuyerPerDay)
      throw new DomainError('RATE_LIMITED', `At most ${maxPerBuyerPerDay} meeting requests a day; try again tomorrow`);
    const open = await repo.count({
      where: [
        { buyerId, enterpriseId, status: 'proposed' },
        { buyerId, enterpriseId, status: 'accepted', acceptedEndsAt: MoreThan(now) },
      ],
    });
    if (open >= maxOpenPerPair)
      throw new DomainError('MEETING_LIMIT', `You already have ${open} open meeting(s) with this enterprise`);
    if ((await repo.count({ where: { enterpriseId, status: 'proposed' } })) >= maxPendingPerEnterprise)
      throw new DomainError('MEETING_LIMIT', 'This enterprise has too many requests waiting; try again later');
  }

  /** No participant is in another accepted meeting at that time. */
  private async assertFree(participantIds: string[], start: Date, end: Date): Promise<void> {
    const clashing = await this.tx.getRepository(Meeting).find({
      where: { status: In(['accepted']), acceptedStartsAt: LessThan(end), acceptedEndsAt: MoreThan(start) },
      select: { id: true, participantIds: true },
      take: 200,
    });
    if (clashing.some((c) => c.participantIds?.some((p) => participantIds.includes(p))))
      throw new DomainError('MEETING_SLOT_TAKEN', 'A participant already has an accepted meeting at that time');
  }
}

function transition(status: MeetingStatus, done: string): DomainError {
  return new DomainError('MEETING_TRANSITION_INVALID', `A meeting that is ${status} cannot be ${done} now`);
}
