import { Injectable } from '@nestjs/common';
import { CatalogService } from '@livefair/catalog';
import { assertEnterpriseMember, DomainError, insertRows, Principal, TransactionalConnection } from '@livefair/core';
import type { BoothContactView, BoothProfileView } from '@livefair/protocol';
import { Booth } from '../entities/booth.entity';
import { BoothBadgeRow } from './booth-badge.entity';
import { BoothContactDto, BoothProfileDto } from './booth-profile.dto';
import { BoothProfile } from './booth-profile.entity';
import { toBoothProfileView } from './booth-profile.views';
import { BoothRate } from './booth-rate';
import { checkBadges, checkCertifications, checkVideoUrl } from './profile-rules';

/** A booth's profile: anyone reads it, only staff of the booth's enterprise replace it. Rules: docs/booths.md. */
@Injectable()
export class BoothProfileService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly catalog: CatalogService,
    private readonly rate: BoothRate,
  ) {}

  async view(boothId: string): Promise<BoothProfileView> {
    const booth = await this.visibleBooth(boothId);
    const profile = await this.tx.getRepository(BoothProfile).findOne({ where: { boothId } });
    const showcase = profile ? await this.catalog.publishedAmong(booth.enterpriseId, profile.showcase) : [];
    return toBoothProfileView(boothId, booth.enterpriseId, profile, showcase);
  }

  /** Replaces the whole profile; every rule is checked before anything is written, and the write is one transaction. */
  async replace(principal: Principal, boothId: string, dto: BoothProfileDto): Promise<BoothProfileView> {
    const booth = await this.visibleBooth(boothId);
    assertEnterpriseMember(principal, booth.enterpriseId);
    await this.rate.hit('edit', principal.userId);
    const profiles = this.tx.getRepository(BoothProfile);
    const before = await profiles.findOne({ where: { boothId } });
    const badges = checkBadges(dto.badges);
    const certifications = checkCertifications(dto.certifications);
    const videoUrl = checkVideoUrl(dto.videoUrl);
    const contacts = this.checkContacts(principal, dto.contacts ?? [], before?.contacts ?? []);
    const logoKey = dto.logoKey ?? null;
    const bannerKey = dto.bannerKey ?? null;
    await this.catalog.assertImagesOf(
      booth.enterpriseId,
      [logoKey, bannerKey].filter((k): k is string => !!k),
    );
    const showcase = dto.showcase ?? [];
    const found = await this.catalog.publishedAmong(booth.enterpriseId, showcase);
    if (found.length !== showcase.length) {
      const ok = new Set(found.map((p) => p.id));
      throw new DomainError(
        'BOOTH_SHOWCASE_INVALID',
        `Not a published product of this enterprise: ${showcase.filter((id) => !ok.has(id)).join(', ')}`,
      );
    }
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(BoothProfile);
      await repo.save(
        repo.create({
          boothId,
          logoKey,
          bannerKey,
          introZh: dto.introZh ?? '',
          introEn: dto.introEn ?? '',
          videoUrl,
          showcase,
          certifications,
          badges,
          contacts,
        }),
      );
      await this.tx.getRepository(BoothBadgeRow).delete({ boothId });
      await insertRows(
        this.tx.manager,
        BoothBadgeRow,
        badges.map((badge) => Object.assign(new BoothBadgeRow(), { boothId, badge })),
      );
    });
    return this.view(boothId);
  }

  /**
   * A contact names an account only when it is the caller ("add myself") or was already on the
   * list (added by that colleague); everyone else is described by name. Phone or WeChat is required.
   */
  private checkContacts(principal: Principal, list: BoothContactDto[], before: BoothContactView[]): BoothContactView[] {
    const known = new Set(before.map((c) => c.userId).filter(Boolean));
    return list.map((c, i) => {
      const phone = c.phone ?? '';
      const wechat = c.wechat ?? '';
      if (!phone && !wechat) throw new DomainError('BOOTH_CONTACT_INVALID', `contacts[${i}] needs a phone number or a WeChat ID`);
      const userId = c.userId ?? null;
      if (userId && userId !== principal.userId && !known.has(userId)) {
        throw new DomainError('BOOTH_CONTACT_INVALID', `contacts[${i}].userId is not you nor a contact already listed`);
      }
      return { userId, name: c.name, title: c.title ?? '', phone, wechat };
    });
  }

  private async visibleBooth(boothId: string): Promise<Booth> {
    const booth = await this.tx.getRepository(Booth).findOne({ where: { id: boothId }, relations: { hall: { expo: true } } });
    if (!booth || !booth.hall?.expo || booth.hall.expo.status === 'draft')
      throw DomainError.notFound('BOOTH_NOT_FOUND', 'Booth', boothId);
    return booth;
  }
}
