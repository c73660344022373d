import type { PricingSettingsView, ReadinessBlocker, ReadinessItemView } from '@livefair/protocol';
import { Product } from '../entities/product.entity';
import { cccPointer, isCccCertificate } from './domestic/ccc-catalogue';
import { labelRulesFor } from './domestic/labelling';
import { proposePrices } from './domestic/pricing';
import { ImportedItem } from './entities/imported-item.entity';
import { hasChinese } from './parse/cell-values';

/** Blockers accepting refuses: the rest (description, labelling) are listed for the exhibitor but do not stop a listing. */
export const HARD_BLOCKERS: ReadonlySet<ReadinessBlocker> = new Set([
  'no-chinese-title',
  'no-price',
  'ccc-unconfirmed',
  'ccc-missing',
]);

export function readinessOf(item: ImportedItem, product: Product, pricing: PricingSettingsView): ReadinessItemView {
  const labels = labelRulesFor(item.hsCode, item.category).map((rule) => ({
    key: rule.key,
    label: rule.label,
    ok:
      rule.key === 'zh-name'
        ? hasChinese(product.name)
        : rule.key === 'producer'
          ? pricing.producerName.trim() !== ''
          : rule.key === 'address'
            ? pricing.producerAddress.trim() !== ''
            : item.labelsConfirmed.includes(rule.key),
  }));
  const certifications = item.certifications;
  const hasCcc = certifications.some(isCccCertificate);
  const blockers: ReadinessBlocker[] = [];
  if (!hasChinese(product.name)) blockers.push('no-chinese-title');
  if (!hasChinese(product.description)) blockers.push('no-chinese-description');
  if (item.wholesaleFen === null || item.retailFen === null || item.retailFen === 0) blockers.push('no-price');
  if (item.ccc === 'check') blockers.push('ccc-unconfirmed');
  if (item.ccc === 'required' && !hasCcc) blockers.push('ccc-missing');
  if (labels.some((l) => !l.ok)) blockers.push('labelling-incomplete');
  if (!item.acceptedAt) blockers.push('not-accepted');
  const pointer = cccPointer(item.hsCode);
  return {
    productId: product.id,
    itemNo: item.itemNo,
    hsCode: item.hsCode,
    name: product.name,
    nameEn: product.nameEn,
    description: product.description,
    productStatus: product.status,
    category: item.category,
    categorySource: item.categorySource,
    fobUsdCents: item.fobUsdCents,
    wholesaleFen: item.wholesaleFen,
    retailFen: item.retailFen,
    comparison: item.fobUsdCents !== null ? proposePrices(item.fobUsdCents, pricing).comparison : null,
    ccc: item.ccc,
    cccReason: pointer ? `HS ${item.hsCode.slice(0, 4)} 可能属于强制性产品认证目录：${pointer.type}` : '',
    certifications,
    labelling: labels,
    blockers,
    accepted: item.acceptedAt !== null,
    acceptedAt: item.acceptedAt ? item.acceptedAt.toISOString() : null,
  };
}
