import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@livefair/core';
import type { ImportField, ImportMapping, PricingSettingsView } from '@livefair/protocol';
import { DEFAULT_PRICING } from './domestic/pricing';
import { ImportSettings } from './entities/import-settings.entity';
import { headerKey } from './import-views';

/** Per enterprise: the pricing the exhibitor set and the column mapping remembered from its last import. */
@Injectable()
export class ImportSettingsService {
  constructor(private readonly tx: TransactionalConnection) {}

  async pricing(enterpriseId: string): Promise<PricingSettingsView> {
    const s = await this.tx.getRepository(ImportSettings).findOne({ where: { enterpriseId } });
    return s ? toPricingView(s) : { ...DEFAULT_PRICING };
  }

  async rememberedMapping(enterpriseId: string): Promise<Record<string, ImportField> | null> {
    const s = await this.tx.getRepository(ImportSettings).findOne({ where: { enterpriseId } });
    return s?.mappingByHeader ?? null;
  }

  async savePricing(enterpriseId: string, pricing: PricingSettingsView): Promise<PricingSettingsView> {
    await this.upsert(enterpriseId, { ...pricingFields(pricing) });
    return this.pricing(enterpriseId);
  }

  async rememberMapping(enterpriseId: string, headers: string[], mapping: ImportMapping): Promise<void> {
    const byHeader: Record<string, ImportField> = {};
    for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) {
      const h = headerKey(headers[column] ?? '');
      if (h) byHeader[h] = field;
    }
    await this.upsert(enterpriseId, { mappingByHeader: byHeader });
  }

  private async upsert(enterpriseId: string, fields: Partial<ImportSettings>): Promise<void> {
    await this.tx.run(async () => {
      const repo = this.tx.getRepository(ImportSettings);
      const found = await repo.findOne({ where: { enterpriseId }, lock: this.lockMode() });
      if (found) {
        await repo.update({ enterpriseId }, { ...fields, updatedAt: new Date() });
      } else {
        await repo.insert({
          enterpriseId,
          mappingByHeader: {},
          ...pricingFields(DEFAULT_PRICING),
          ...fields,
          updatedAt: new Date(),
        });
      }
    });
  }

  private lockMode(): { mode: 'pessimistic_write' } | undefined {
    return this.tx.dataSource.options.type === 'sqljs' ? undefined : { mode: 'pessimistic_write' };
  }
}

function pricingFields(p: PricingSettingsView): Partial<ImportSettings> {
  return {
    usdCnyRate4: p.usdCnyRate4,
    vatBp: p.vatBp,
    exportRefundBp: p.exportRefundBp,
    wholesaleMarginBp: p.wholesaleMarginBp,
    retailMarginBp: p.retailMarginBp,
    producerName: p.producerName,
    producerAddress: p.producerAddress,
  };
}

export function toPricingView(s: ImportSettings): PricingSettingsView {
  return {
    usdCnyRate4: s.usdCnyRate4,
    vatBp: s.vatBp,
    exportRefundBp: s.exportRefundBp,
    wholesaleMarginBp: s.wholesaleMarginBp,
    retailMarginBp: s.retailMarginBp,
    producerName: s.producerName,
    producerAddress: s.producerAddress,
  };
}
