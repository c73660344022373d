import type { PriceComparisonView, PricingSettingsView } from '@livefair/protocol';

/**
 * CNY proposals from an FOB price in USD, with the exhibitor's own exchange rate, VAT rate and
 * margins (never fetched). All amounts are integer fen per unit.
 *
 * - FOB in CNY: `fobUsdCents × usdCnyRate4 / 10,000` (cents and fen are both hundredths).
 * - Export earning: FOB CNY plus the export VAT refund, `FOB CNY / (1 + VAT) × refund rate`
 *   (the refund is on the VAT paid on inputs, approximated from the price as exporters do).
 * - Domestic wholesale (with VAT): `FOB CNY × (1 + wholesale margin) × (1 + VAT)`; its net is
 *   the part without VAT. Retail: wholesale × (1 + retail margin).
 * - The refund given up is what selling at home forgoes: the export refund.
 */
export interface PriceProposal {
  wholesaleFen: number;
  retailFen: number;
  comparison: PriceComparisonView;
}

export const DEFAULT_PRICING: PricingSettingsView = {
  usdCnyRate4: 71_000,
  vatBp: 1300,
  exportRefundBp: 1300,
  wholesaleMarginBp: 1500,
  retailMarginBp: 5000,
  producerName: '',
  producerAddress: '',
};

const bp = (n: number, rate: number) => Math.round((n * rate) / 10_000);

export function proposePrices(fobUsdCents: number, s: PricingSettingsView): PriceProposal {
  const fobCnyFen = Math.round((fobUsdCents * s.usdCnyRate4) / 10_000);
  const exportRefundFen = Math.round(((fobCnyFen * 10_000) / (10_000 + s.vatBp)) * (s.exportRefundBp / 10_000));
  const domesticNetFen = fobCnyFen + bp(fobCnyFen, s.wholesaleMarginBp);
  const domesticVatFen = bp(domesticNetFen, s.vatBp);
  const wholesaleFen = domesticNetFen + domesticVatFen;
  const retailFen = wholesaleFen + bp(wholesaleFen, s.retailMarginBp);
  return {
    wholesaleFen,
    retailFen,
    comparison: {
      fobCnyFen,
      exportRefundFen,
      exportEarningFen: fobCnyFen + exportRefundFen,
      domesticNetFen,
      domesticVatFen,
      refundGivenUpFen: exportRefundFen,
    },
  };
}
