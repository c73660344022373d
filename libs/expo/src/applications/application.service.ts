import { Injectable } from '@nestjs/common';
import { DomainError, EventBus, isUniqueViolation, Outbox, Principal, TransactionalConnection } from '@livefair/core';
import type { ApplicationView } from '@livefair/protocol';
import { In, IsNull } from 'typeorm';
import { Booth } from '../entities/booth.entity';
import { BoothSlot } from '../entities/booth-slot.entity';
import { Enterprise } from '../entities/enterprise.entity';
import { ExpoApplication } from '../entities/expo-application.entity';
import { Expo } from '../entities/expo.entity';
import { Hall } from '../entities/hall.entity';
import { toApplicationView } from '../organizer/console-views';
import { EXPO_WRITE, ExpoAccess, OPEN_STATUSES } from '../organizer/expo-access';
import { ApplyDto, DecideApplicationDto } from './application-input.dto';

/** Exhibitors apply; the organizer admits or rejects and gives admitted exhibitors a booth on a hall map. */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly access: ExpoAccess,
    private readonly outbox: Outbox,
    private readonly events: EventBus,
  ) {}

  async apply(principal: Principal, expoId: string, dto: ApplyDto): Promise<ApplicationView> {
    if (principal.role !== 'exhibitor' || !principal.enterpriseId) {
      throw new DomainError('FORBIDDEN_ROLE', 'Only an exhibitor of an enterprise may apply');
    }
    const enterpriseId = principal.enterpriseId;
    const id = await this.tx
      .run(async () => {
        const expo = await this.tx.getRepository(Expo).findOne({ where: { id: expoId } });
        if (!expo || expo.status === 'draft') throw DomainError.notFound('EXPO_NOT_FOUND', 'Expo', expoId);
        if (expo.status === 'closed') throw new DomainError('EXPO_CLOSED', 'This expo is closed');
        if (!OPEN_STATUSES.includes(expo.status)) throw new DomainError('EXPO_NOT_OPEN', 'This expo does not take applications');
        const repo = this.tx.getRepository(ExpoApplication);
        if (await repo.exist({ where: { expoId, enterpriseId, openKey: 'open' } })) throw exists();
        const saved = await repo.save(
          repo.create({
            expoId,
            enterpriseId,
            applicantId: principal.userId,
            status: 'pending',
            openKey: 'open',
            message: dto.message ?? '',
            reason: '',
            decidedAt: null,
            boothId: null,
          }),
        );
        return saved.id;
      }, EXPO_WRITE)
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? exists() : e;
      });
    return this.view(id);
  }

  async mine(principal: Principal): Promise<ApplicationView[]> {
    if (!principal.enterpriseId) return [];
    const rows = await this.tx
      .getRepository(ExpoApplication)
      .find({ where: { enterpriseId: principal.enterpriseId }, order: { createdAt: 'DESC' }, take: 200 });
    return this.views(rows);
  }

  async ofExpo(principal: Principal, expoId: string): Promise<ApplicationView[]> {
    await this.access.own(principal, expoId, 'read');
    const rows = await this.tx.getRepository(ExpoApplication).find({ where: { expoId }, order: { createdAt: 'ASC' } });
    return this.views(rows);
  }

  async decide(principal: Principal, id: string, dto: DecideApplicationDto): Promise<ApplicationView> {
    await this.tx.run(async () => {
      const { app, expo } = await this.ownApplication(principal, id);
      if (app.status !== 'pending') throw new DomainError('APPLICATION_NOT_PENDING', `This application is already ${app.status}`);
      const admitted = dto.decision === 'admit';
      const reason = dto.reason ?? '';
      const changed = await this.tx
        .getRepository(ExpoApplication)
        .update(
          { id, status: 'pending' },
          { status: admitted ? 'admitted' : 'rejected', openKey: admitted ? 'open' : null, reason, decidedAt: new Date() },
        );
      if (!changed.affected) throw new DomainError('APPLICATION_NOT_PENDING', 'This application was decided meanwhile');
      await this.outbox.enqueue('notify.user', {
        userId: app.applicantId,
        kind: admitted ? 'expo.application-admitted' : 'expo.application-rejected',
        title: admitted ? `您已获准参加「${expo.name}」` : `「${expo.name}」未通过您的参展申请`,
        body: admitted ? '主办方将为您分配展位。' : `原因：${reason}`,
      });
    }, EXPO_WRITE);
    return this.view(id);
  }

  async assign(principal: Principal, id: string, slotId: string): Promise<ApplicationView> {
    await this.tx
      .run(async () => {
        const { app, expo } = await this.ownApplication(principal, id);
        if (app.status !== 'admitted')
          throw new DomainError('APPLICATION_NOT_ADMITTED', 'Only an admitted exhibitor gets a booth');
        if (app.boothId) throw new DomainError('APPLICATION_ALREADY_ASSIGNED', 'This exhibitor already has a booth');
        const slots = this.tx.getRepository(BoothSlot);
        const slot = await slots.findOne({ where: { id: slotId } });
        if (!slot || slot.expoId !== expo.id) throw DomainError.notFound('SLOT_NOT_FOUND', 'Slot', slotId);
        if (slot.boothId) throw new DomainError('SLOT_OCCUPIED', `Slot ${slot.code} already has a booth`);
        const booths = this.tx.getRepository(Booth);
        const booth = await booths.save(
          booths.create({ hallId: slot.hallId, expoId: expo.id, enterpriseId: app.enterpriseId, code: slot.code, headline: '' }),
        );
        const taken = await slots.update({ id: slotId, boothId: IsNull() }, { boothId: booth.id });
        if (!taken.affected) throw new DomainError('SLOT_OCCUPIED', `Slot ${slot.code} was taken meanwhile`);
        await this.tx.getRepository(ExpoApplication).update({ id }, { boothId: booth.id });
        const hall = await this.tx.getRepository(Hall).findOneOrFail({ where: { id: slot.hallId } });
        await this.outbox.enqueue('notify.user', {
          userId: app.applicantId,
          kind: 'expo.booth-assigned',
          title: `「${expo.name}」已为您分配展位 ${slot.code}`,
          body: `展馆：${hall.name}`,
        });
        this.events.publish('expo.booth-assigned', {
          expoId: expo.id,
          hallId: slot.hallId,
          boothId: booth.id,
          enterpriseId: app.enterpriseId,
        });
      }, EXPO_WRITE)
      .catch((e: unknown) => {
        throw isUniqueViolation(e)
          ? new DomainError('SLOT_CODE_TAKEN', 'A booth with this slot code already exists in the hall')
          : e;
      });
    return this.view(id);
  }

  private async ownApplication(principal: Principal, id: string): Promise<{ app: ExpoApplication; expo: Expo }> {
    const app = await this.tx.getRepository(ExpoApplication).findOne({ where: { id } });
    if (!app) throw DomainError.notFound('APPLICATION_NOT_FOUND', 'Application', id);
    return { app, expo: await this.access.own(principal, app.expoId, 'write') };
  }

  private async view(id: string): Promise<ApplicationView> {
    const row = await this.tx.getRepository(ExpoApplication).findOneOrFail({ where: { id } });
    return (await this.views([row]))[0];
  }

  private async views(rows: ExpoApplication[]): Promise<ApplicationView[]> {
    if (!rows.length) return [];
    const enterprises = await this.tx
      .getRepository(Enterprise)
      .find({ where: { id: In([...new Set(rows.map((r) => r.enterpriseId))]) }, select: { id: true, name: true } });
    const expos = await this.tx
      .getRepository(Expo)
      .find({ where: { id: In([...new Set(rows.map((r) => r.expoId))]) }, select: { id: true, name: true } });
    const en = new Map(enterprises.map((e) => [e.id, e.name]));
    const ex = new Map(expos.map((e) => [e.id, e.name]));
    return rows.map((r) => toApplicationView(r, ex.get(r.expoId) ?? '', en.get(r.enterpriseId) ?? ''));
  }
}

const exists = () => new DomainError('APPLICATION_EXISTS', 'This enterprise already has an open application to this expo');
