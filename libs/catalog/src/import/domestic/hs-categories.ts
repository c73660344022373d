/**
 * The domestic category proposed for an export product, from its HS code (heading, 4 digits,
 * first; then chapter, 2 digits) or, without a code, from words of its title. The table covers the
 * industries of the demo halls (apparel and textiles, optics, consumer electronics, home and
 * furniture) and their neighbours; docs/import.md lists it. The project maintains it: add a line.
 */

export interface CategoryGuess {
  category: string;
  source: 'hs-heading' | 'hs-chapter' | 'text' | 'none';
}

/** HS heading (4 digits) -> domestic category. */
export const HS_HEADINGS: Readonly<Record<string, string>> = {
  '4202': '箱包',
  '5208': '面料',
  '5407': '面料',
  '6104': '女装',
  '6105': '男士衬衫',
  '6109': 'T恤',
  '6110': '毛衣',
  '6111': '童装',
  '6112': '运动服',
  '6115': '袜子',
  '6201': '外套',
  '6202': '外套',
  '6203': '男装',
  '6204': '女装',
  '6205': '男士衬衫',
  '6302': '床上用品',
  '6304': '家纺',
  '6403': '皮鞋',
  '6404': '运动鞋',
  '6911': '陶瓷餐具',
  '6912': '陶瓷餐具',
  '6910': '卫浴',
  '7013': '玻璃器皿',
  '7323': '厨房用品',
  '8414': '风扇',
  '8415': '空调',
  '8418': '冰箱',
  '8450': '洗衣机',
  '8471': '电脑',
  '8479': '除湿机',
  '8504': '充电器',
  '8507': '充电宝',
  '8508': '吸尘器',
  '8509': '厨房小家电',
  '8513': '手电筒',
  '8516': '厨房小家电',
  '8517': '手机通讯',
  '8518': '耳机',
  '8525': '摄像头',
  '8528': '显示器',
  '8536': '插座开关',
  '8544': '电线电缆',
  '9001': '镜片',
  '9003': '镜架',
  '9004': '眼镜',
  '9102': '手表',
  '9401': '椅子',
  '9403': '家具',
  '9404': '床垫',
  '9405': '灯具',
  '9503': '玩具',
  '9506': '运动器材',
};

/** HS chapter (2 digits) -> broader domestic category. */
export const HS_CHAPTERS: Readonly<Record<string, string>> = {
  '39': '塑料制品',
  '42': '箱包',
  '44': '木制品',
  '52': '面料',
  '54': '面料',
  '61': '针织服装',
  '62': '服装',
  '63': '家纺',
  '64': '鞋类',
  '69': '陶瓷',
  '70': '玻璃制品',
  '73': '五金制品',
  '82': '工具',
  '84': '机械设备',
  '85': '电子电器',
  '90': '光学眼镜',
  '91': '钟表',
  '94': '家具家居',
  '95': '玩具文体',
  '96': '日用杂品',
};

/** Title words (English and Chinese, lower case) -> domestic category, when there is no HS code. */
const TEXT_WORDS: [RegExp, string][] = [
  [/t-?shirt|tee\b|t恤/i, 'T恤'],
  [/jacket|coat|夹克|外套/i, '外套'],
  [/sweater|knitwear|毛衣/i, '毛衣'],
  [/jeans|denim|牛仔/i, '牛仔裤'],
  [/sock|袜/i, '袜子'],
  [/shoe|sneaker|鞋/i, '鞋类'],
  [/bag|backpack|luggage|包/i, '箱包'],
  [/lens(es)?\b|镜片/i, '镜片'],
  [/frame|镜架/i, '镜架'],
  [/sunglass|glasses|eyewear|眼镜/i, '眼镜'],
  [/power ?bank|充电宝|移动电源/i, '充电宝'],
  [/charger|adapter|充电器/i, '充电器'],
  [/earphone|headphone|earbud|headset|耳机/i, '耳机'],
  [/kettle|toaster|blender|air fryer|cooker|水壶|空气炸锅|电饭煲/i, '厨房小家电'],
  [/lamp|light|led|灯/i, '灯具'],
  [/socket|plug|switch|插座|排插/i, '插座开关'],
  [/camera|摄像头/i, '摄像头'],
  [/watch|手表/i, '手表'],
  [/chair|椅/i, '椅子'],
  [/table|desk|sofa|cabinet|bed\b|桌|沙发|柜|床/i, '家具'],
  [/mattress|床垫/i, '床垫'],
  [/bedding|duvet|pillow|sheet|四件套|被|枕/i, '床上用品'],
  [/plate|bowl|mug|cup|ceramic|餐具|陶瓷|杯/i, '陶瓷餐具'],
  [/toy|玩具/i, '玩具'],
];

export function categoryFor(hsCode: string, text: string): CategoryGuess {
  if (hsCode.length >= 4 && HS_HEADINGS[hsCode.slice(0, 4)]) {
    return { category: HS_HEADINGS[hsCode.slice(0, 4)], source: 'hs-heading' };
  }
  if (hsCode.length >= 2 && HS_CHAPTERS[hsCode.slice(0, 2)]) {
    return { category: HS_CHAPTERS[hsCode.slice(0, 2)], source: 'hs-chapter' };
  }
  for (const [re, category] of TEXT_WORDS) if (re.test(text)) return { category, source: 'text' };
  return { category: '', source: 'none' };
}
