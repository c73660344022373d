import { Injectable } from '@nestjs/common';
import { assertEnterpriseMember, DomainError, EventBus, insertRows, Principal, TransactionalConnection } from '@livefair/core';
import type { EnterpriseProfileView } from '@livefair/protocol';
import { In } from 'typeorm';
import { BoothRate } from '../booth-profile/booth-rate';
import { checkCertifications } from '../booth-profile/profile-rules';
import { Enterprise } from '../entities/enterprise.entity';
import { isCountryCode } from '../vocabulary/countries';
import { isProvinceCode } from '../vocabulary/provinces';
import { EnterpriseCategoryRow } from './enterprise-category.entity';
import { EnterpriseProfileDto } from './enterprise-profile.dto';
import { EnterpriseProfile } from './enterprise-profile.entity';

function toView(enterpriseId: string, p: EnterpriseProfile | null): EnterpriseProfileView {
  return {
    enterpriseId,
    province: p?.province ?? '',
    city: p?.city ?? '',
    categories: p?.categories ?? [],
    monthlyCapacity: p?.monthlyCapacity ?? null,
    capacityUnit: p?.capacityUnit ?? '',
    oem: p?.oem ?? false,
    odm: p?.odm ?? false,
    vatSpecialInvoice: p?.vatSpecialInvoice ?? false,
    exportMarkets: p?.exportMarkets ?? [],
    certifications: p?.certifications ?? [],
    updatedAt: p ? p.updatedAt.toISOString() : null,
  };
}

/**
 * The enterprise's trade profile. The expo context owns enterprises; other contexts (matching)
 * read profiles through `profileOf` / `profilesOf`, never the table.
 */
@Injectable()
export class EnterpriseProfileService {
  constructor(
    private readonly tx: TransactionalConnection,
    private readonly rate: BoothRate,
    private readonly events: EventBus,
  ) {}

  /** The profile of an enterprise (empty fields until its staff fill it in); 404 NOT_FOUND when there is no such enterprise. */
  async profileOf(enterpriseId: string): Promise<EnterpriseProfileView> {
    const exists = await this.tx.getRepository(Enterprise).exist({ where: { id: enterpriseId } });
    if (!exists) throw DomainError.notFound('NOT_FOUND', 'Enterprise', enterpriseId);
    return toView(enterpriseId, await this.tx.getRepository(EnterpriseProfile).findOne({ where: { enterpriseId } }));
  }

  /** Profiles of many enterprises at once (absent ids are left out), for matching and search results. */
  async profilesOf(enterpriseIds: string[]): Promise<Map<string, EnterpriseProfileView>> {
    const out = new Map<string, EnterpriseProfileView>();
    if (enterpriseIds.length === 0) return out;
    const rows = await this.tx.getRepository(EnterpriseProfile).find({ where: { enterpriseId: In(enterpriseIds) } });
    for (const r of rows) out.set(r.enterpriseId, toView(r.enterpriseId, r));
    return out;
  }

  /** Replaces the caller's enterprise's profile after checking every rule; one transaction. */
  async replace(principal: Principal, enterpriseId: string, dto: EnterpriseProfileDto): Promise<EnterpriseProfileView> {
    assertEnterpriseMember(principal, enterpriseId);
    await this.rate.hit('edit', principal.userId);
    const province = dto.province ?? '';
    const city = dto.city ?? '';
    if (province && !isProvinceCode(province)) {
      throw new DomainError('PROVINCE_UNKNOWN', `Unknown province code ${province} (see GET /api/booth-vocabulary)`);
    }
    if (city && !province) throw new DomainError('PROVINCE_UNKNOWN', 'A city needs its province');
    const markets = dto.exportMarkets ?? [];
    const badMarkets = markets.filter((c) => !isCountryCode(c));
    if (badMarkets.length) {
      throw new DomainError('COUNTRY_CODE_UNKNOWN', `Not ISO 3166-1 alpha-2 codes: ${badMarkets.join(', ')}`);
    }
    const certifications = checkCertifications(dto.certifications);
    const capacity = dto.monthlyCapacity ?? null;
    const unit = dto.capacityUnit ?? '';
    if (capacity !== null && !unit) {
      throw new DomainError('VALIDATION_FAILED', 'capacityUnit is required with monthlyCapacity', [
        { field: 'capacityUnit', problems: ['capacityUnit is required with monthlyCapacity'] },
      ]);
    }
    const categories = dto.categories ?? [];
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(EnterpriseProfile);
      await repo.save(
        repo.create({
          enterpriseId,
          province,
          city,
          categories,
          monthlyCapacity: capacity,
          capacityUnit: capacity === null ? '' : unit,
          oem: dto.oem ?? false,
          odm: dto.odm ?? false,
          vatSpecialInvoice: dto.vatSpecialInvoice ?? false,
          exportMarkets: markets,
          certifications,
        }),
      );
      await this.tx.getRepository(EnterpriseCategoryRow).delete({ enterpriseId });
      await insertRows(
        this.tx.manager,
        EnterpriseCategoryRow,
        categories.map((code) => Object.assign(new EnterpriseCategoryRow(), { enterpriseId, code })),
      );
      this.events.publish('expo.enterprise-profile-changed', { enterpriseId });
    });
    return this.profileOf(enterpriseId);
  }
}
