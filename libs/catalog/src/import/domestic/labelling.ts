/**
 * The Chinese labelling items a product sold at home needs: the general ones of the Product
 * Quality Law (art. 27) and GB 5296.1 (instructions for consumer goods), and those of its kind
 * (textiles: GB 5296.4 and GB 18401; electrical appliances: GB 5296.2 and GB 4706.1). What the
 * import knows it checks (a Chinese title, the producer and address from the settings); the rest
 * the exhibitor confirms item by item.
 */

export interface LabelRule {
  key: string;
  label: string;
  /** Checked from the data itself (not confirmed by the exhibitor). */
  derived?: boolean;
}

export const GENERAL_LABEL_ITEMS: LabelRule[] = [
  { key: 'zh-name', label: '中文产品名称', derived: true },
  { key: 'producer', label: '生产者名称', derived: true },
  { key: 'address', label: '生产者地址', derived: true },
  { key: 'standard', label: '执行的产品标准编号' },
  { key: 'inspection', label: '产品质量检验合格证明' },
  { key: 'spec', label: '规格、等级、主要成分（中文）' },
  { key: 'warning', label: '安全警示与使用说明（中文，需要时）' },
];

const TEXTILE_ITEMS: LabelRule[] = [
  { key: 'fibre', label: '纤维成分及含量（GB/T 29862）' },
  { key: 'care', label: '洗涤维护说明（GB/T 8685 图形符号）' },
  { key: 'safety-class', label: '安全技术类别（GB 18401 A/B/C 类）' },
];

const ELECTRICAL_ITEMS: LabelRule[] = [
  { key: 'rating', label: '额定电压、频率、功率（中文铭牌）' },
  { key: 'electric-warning', label: '电器安全警示语（GB 4706.1）' },
];

/** The label items of a product with this HS code and category. */
export function labelRulesFor(hsCode: string, category: string): LabelRule[] {
  const chapter = hsCode.slice(0, 2);
  const textile = ['50', '51', '52', '53', '54', '55', '56', '58', '60', '61', '62', '63'].includes(chapter);
  const electrical = chapter === '85' || ['8414', '8415', '8418', '8450', '8508', '8509', '9405'].includes(hsCode.slice(0, 4));
  const byText = !hsCode && /(T恤|外套|毛衣|服|裤|袜|家纺|床上用品|面料)/.test(category);
  const byTextElectric = !hsCode && /(电|充电|耳机|灯|插座|摄像头)/.test(category);
  return [
    ...GENERAL_LABEL_ITEMS,
    ...(textile || byText ? TEXTILE_ITEMS : []),
    ...(electrical || byTextElectric ? ELECTRICAL_ITEMS : []),
  ];
}
