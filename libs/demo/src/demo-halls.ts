import type { DemoImageName } from './demo-images';

/** Plausible demo content: export manufacturers turning to the domestic market. Prices in fen. */
export interface DemoProduct {
  name: string;
  nameEn: string;
  category: string;
  unit: string;
  moq: number;
  leadTimeDays: number;
  samplePriceFen: number | null;
  /** Retail price of one unit (every SKU), fen. */
  retailPriceFen: number;
  /** [minQty, unitPriceFen], three tiers (every SKU). */
  tiers: [number, number][];
  /** Attribute name and its values; one SKU per value. */
  variants: { attr: string; values: string[] };
  description: string;
  descriptionEn: string;
  specifications: [string, string][];
  certifications: { name: string; number: string; issuer: string; validUntil: string | null }[];
  /** The placeholder pictures the demo uploads for it (cover first). */
  images: DemoImageName[];
}

export interface DemoHall {
  name: string;
  nameEn: string;
  industry: string;
  /** The hall's theme in the expo's category tree, and its English name. */
  category: { code: string; nameEn: string };
  /** Product categories (leaves under the theme) that need China Compulsory Certification. */
  cccCategories: string[];
  enterprises: { name: string; city: string; headline: string }[];
  products: DemoProduct[];
}

export const DEMO_HALLS: DemoHall[] = [
  {
    name: '服装纺织馆',
    nameEn: 'Apparel & Textiles Hall',
    category: { code: '61', nameEn: 'Apparel & Textiles' },
    cccCategories: [],
    industry: '服装纺织',
    enterprises: [
      { name: '宁波申洲针织有限公司', city: '宁波', headline: '优衣库代工厂 · 内销新品首发' },
      { name: '绍兴柯桥华纺印染有限公司', city: '绍兴', headline: '现货面料 · 100米起订' },
      { name: '泉州七匹狼制衣厂', city: '泉州', headline: '外贸尾单 · 男装夹克' },
      { name: '东莞虎门大朗毛织厂', city: '东莞', headline: '毛衣源头 · 7天快反' },
      { name: '青岛即发运动服饰', city: '青岛', headline: '运动速干 · 出口欧美品质' },
      { name: '湖州织里童装产业园', city: '湖州', headline: '童装整柜 · 支持贴牌' },
      { name: '南通家纺城联合工厂', city: '南通', headline: '四件套 · 酒店布草' },
      { name: '广州增城牛仔服装厂', city: '广州', headline: '牛仔水洗 · 小单快返' },
    ],
    products: [
      {
        name: '纯棉圆领T恤（出口转内销款）',
        category: 'T恤',
        unit: '件',
        moq: 100,
        leadTimeDays: 7,
        samplePriceFen: 3500,
        tiers: [
          [100, 2200],
          [500, 1900],
          [2000, 1650],
        ],
        variants: { attr: '尺码', values: ['S', 'M', 'L', 'XL'] },
        description: '200克精梳棉，原供欧洲品牌，色牢度4级以上。',
        descriptionEn: '200 g combed cotton, made for a European brand; colour fastness grade 4+.',
        nameEn: 'Cotton Crew-Neck T-Shirt (export quality)',
        retailPriceFen: 2900,
        specifications: [
          ['面料', '100% 精梳棉'],
          ['克重', '200 g/m²'],
          ['版型', '常规版'],
          ['产地', '浙江宁波'],
        ],
        certifications: [{ name: 'OEKO-TEX Standard 100', number: 'SH025 188722', issuer: 'TESTEX', validUntil: '2027-03-31' }],
        images: ['tshirt'],
      },
      {
        name: '防泼水轻薄夹克',
        category: '外套',
        unit: '件',
        moq: 50,
        leadTimeDays: 15,
        samplePriceFen: 12800,
        tiers: [
          [50, 8900],
          [300, 7600],
          [1000, 6900],
        ],
        variants: { attr: '颜色', values: ['藏青', '卡其', '黑色'] },
        description: '出口日本订单同款面料，可印LOGO。',
        descriptionEn: 'The fabric of a Japanese export order; logo printing available.',
        nameEn: 'Water-Repellent Light Jacket',
        retailPriceFen: 11900,
        specifications: [
          ['面料', '锦纶 100%，DWR 防泼水'],
          ['里料', '涤纶网布'],
          ['季节', '春秋'],
        ],
        certifications: [{ name: 'GB/T 32614', number: '', issuer: '国家纺织品质量监督检验中心', validUntil: null }],
        images: ['jacket'],
      },
    ],
  },
  {
    name: '光学眼镜馆',
    nameEn: 'Optics & Eyewear Hall',
    category: { code: '90', nameEn: 'Optics & Eyewear' },
    cccCategories: [],
    industry: '光学眼镜',
    enterprises: [
      { name: '丹阳明月光学眼镜有限公司', city: '丹阳', headline: '镜片全品类 · 工厂直供' },
      { name: '温州瓯海眼镜制造厂', city: '温州', headline: '板材镜架 · 出口意大利' },
      { name: '厦门雅瑞光学', city: '厦门', headline: '太阳镜代工 · 偏光现货' },
      { name: '深圳横岗眼镜城工厂', city: '深圳', headline: '钛架精工 · 小批量定制' },
      { name: '丹阳万新光学', city: '丹阳', headline: '防蓝光镜片 · 批发价' },
      { name: '上海康耐特光学', city: '上海', headline: '树脂镜片 · 出口40国' },
      { name: '临海眼镜产业基地', city: '临海', headline: '儿童镜架 · 安全材质' },
      { name: '台州星汇光学', city: '台州', headline: '老花镜 · 超市渠道款' },
    ],
    products: [
      {
        name: '1.60防蓝光树脂镜片',
        category: '镜片',
        unit: '副',
        moq: 20,
        leadTimeDays: 3,
        samplePriceFen: 3000,
        tiers: [
          [20, 1800],
          [200, 1450],
          [1000, 1200],
        ],
        variants: { attr: '度数', values: ['平光', '-1.00', '-2.00', '-3.00'] },
        description: '膜层耐磨，通过欧盟CE认证。',
        descriptionEn: 'Scratch-resistant coating, CE certified in the EU.',
        nameEn: '1.60 Blue-Light Blocking Resin Lenses',
        retailPriceFen: 2500,
        specifications: [
          ['折射率', '1.60'],
          ['膜层', '防蓝光 + 加硬 + 防水'],
          ['直径', '70 mm'],
        ],
        certifications: [
          { name: 'CE', number: 'CE-MD-2025-0413', issuer: 'TÜV SÜD', validUntil: '2028-06-30' },
          { name: 'ISO 9001', number: '04525Q30112R1M', issuer: '中国质量认证中心', validUntil: '2027-12-31' },
        ],
        images: ['lens'],
      },
      {
        name: '醋酸纤维板材镜架',
        category: '镜架',
        unit: '副',
        moq: 30,
        leadTimeDays: 20,
        samplePriceFen: 9800,
        tiers: [
          [30, 6500],
          [300, 5200],
          [1000, 4600],
        ],
        variants: { attr: '颜色', values: ['玳瑁', '透明', '黑色'] },
        description: '意大利订单同款模具，手工抛光。',
        descriptionEn: 'The moulds of an Italian order, hand polished.',
        nameEn: 'Acetate Optical Frames',
        retailPriceFen: 8800,
        specifications: [
          ['材质', '意大利 Mazzucchelli 板材'],
          ['镜圈宽', '50 mm'],
          ['鼻梁', '18 mm'],
          ['镜腿', '145 mm'],
        ],
        certifications: [{ name: 'CE', number: 'CE-EY-2024-7781', issuer: 'SGS', validUntil: '2027-09-30' }],
        images: ['frames'],
      },
    ],
  },
  {
    name: '消费电子馆',
    nameEn: 'Consumer Electronics Hall',
    category: { code: '85', nameEn: 'Consumer Electronics' },
    cccCategories: ['充电宝', '耳机'],
    industry: '消费电子',
    enterprises: [
      { name: '深圳安克电子科技有限公司', city: '深圳', headline: '充电宝源头 · 3C认证齐全' },
      { name: '东莞华强蓝牙音频厂', city: '东莞', headline: 'TWS耳机 · 出口转内销' },
      { name: '惠州德赛智能电子', city: '惠州', headline: '智能手表 · 支持定制表盘' },
      { name: '中山小家电联合工厂', city: '中山', headline: '空气炸锅 · 亚马逊爆款' },
      { name: '宁波公牛电器配套厂', city: '宁波', headline: '插座排插 · 国标新品' },
      { name: '慈溪小家电产业园', city: '慈溪', headline: '除湿机 · 整柜价' },
      { name: '苏州工业园智能照明', city: '苏州', headline: 'LED台灯 · 护眼认证' },
      { name: '厦门宏发安防电子', city: '厦门', headline: '家用摄像头 · 云存储' },
    ],
    products: [
      {
        name: '20000mAh快充移动电源',
        category: '充电宝',
        unit: '台',
        moq: 50,
        leadTimeDays: 10,
        samplePriceFen: 12900,
        tiers: [
          [50, 8900],
          [500, 7800],
          [3000, 6900],
        ],
        variants: { attr: '颜色', values: ['曜石黑', '月光白'] },
        description: 'PD 22.5W 双向快充，电芯A品。',
        descriptionEn: 'PD 22.5 W two-way fast charging, grade-A cells.',
        nameEn: '20000 mAh Fast-Charging Power Bank',
        retailPriceFen: 11900,
        specifications: [
          ['容量', '20000 mAh / 74 Wh'],
          ['输出', 'USB-C PD 22.5W'],
          ['重量', '约 380 g'],
        ],
        certifications: [
          { name: '3C', number: '2025011609123456', issuer: '中国质量认证中心', validUntil: '2030-01-15' },
          { name: 'UN38.3', number: 'UN-2025-0907', issuer: 'SGS', validUntil: null },
        ],
        images: ['powerbank'],
      },
      {
        name: '主动降噪蓝牙耳机',
        category: '耳机',
        unit: '副',
        moq: 100,
        leadTimeDays: 14,
        samplePriceFen: 19900,
        tiers: [
          [100, 13500],
          [1000, 11800],
          [5000, 10900],
        ],
        variants: { attr: '颜色', values: ['黑', '白', '蓝'] },
        description: '蓝牙5.3，降噪深度35dB，原出口欧洲订单。',
        descriptionEn: 'Bluetooth 5.3, 35 dB noise cancelling, from a European export order.',
        nameEn: 'Active Noise-Cancelling Bluetooth Earbuds',
        retailPriceFen: 18900,
        specifications: [
          ['蓝牙', '5.3'],
          ['降噪深度', '35 dB'],
          ['续航', '单次 7 小时，含仓 30 小时'],
        ],
        certifications: [
          { name: '3C', number: '2025011606654321', issuer: '中国质量认证中心', validUntil: '2030-03-01' },
          { name: 'FCC', number: '2BCX7-ANC50', issuer: 'FCC', validUntil: null },
        ],
        images: ['earbuds'],
      },
    ],
  },
  {
    name: '家居家具馆',
    nameEn: 'Home & Furniture Hall',
    category: { code: '94', nameEn: 'Home & Furniture' },
    cccCategories: ['办公椅'],
    industry: '家居家具',
    enterprises: [
      { name: '东莞美克家居有限公司', city: '东莞', headline: '实木家具 · 美式风格' },
      { name: '佛山顺德龙江沙发厂', city: '佛山', headline: '布艺沙发 · 可拆洗' },
      { name: '安吉椅业联合工厂', city: '湖州', headline: '办公椅 · 出口北美' },
      { name: '赣州南康实木家具', city: '赣州', headline: '儿童床 · 整装发货' },
      { name: '曹县木制品产业园', city: '菏泽', headline: '收纳木盒 · 电商款' },
      { name: '福建德化陶瓷厂', city: '泉州', headline: '餐具套装 · 釉下彩' },
      { name: '义乌家居日用百货', city: '义乌', headline: '收纳用品 · 一件代发' },
      { name: '潮州枫溪卫浴', city: '潮州', headline: '智能马桶 · 工程集采' },
    ],
    products: [
      {
        name: '北美黑胡桃实木餐桌',
        category: '餐桌',
        unit: '张',
        moq: 5,
        leadTimeDays: 30,
        samplePriceFen: null,
        tiers: [
          [5, 268000],
          [20, 239000],
          [50, 219000],
        ],
        variants: { attr: '尺寸', values: ['1.4米', '1.6米', '1.8米'] },
        description: '出口美国订单转内销，FAS级板材，榫卯结构。',
        descriptionEn: 'A US export order now sold at home: FAS-grade boards, mortise-and-tenon joints.',
        nameEn: 'Black Walnut Solid-Wood Dining Table',
        retailPriceFen: 329000,
        specifications: [
          ['材质', '北美黑胡桃 FAS 级'],
          ['涂装', '木蜡油'],
          ['结构', '榫卯'],
        ],
        certifications: [{ name: 'FSC', number: 'FSC-C145678', issuer: 'Forest Stewardship Council', validUntil: '2028-11-30' }],
        images: ['table'],
      },
      {
        name: '人体工学办公椅',
        category: '办公椅',
        unit: '把',
        moq: 10,
        leadTimeDays: 12,
        samplePriceFen: 59900,
        tiers: [
          [10, 39900],
          [100, 34500],
          [500, 31900],
        ],
        variants: { attr: '颜色', values: ['灰', '黑'] },
        description: 'BIFMA认证，4D扶手，腰托可调。',
        descriptionEn: 'BIFMA certified, 4D armrests, adjustable lumbar support.',
        nameEn: 'Ergonomic Office Chair',
        retailPriceFen: 52900,
        specifications: [
          ['承重', '150 kg'],
          ['扶手', '4D 可调'],
          ['气杆', '四级气杆'],
        ],
        certifications: [{ name: 'BIFMA X5.1', number: 'BX-2025-3321', issuer: 'Intertek', validUntil: '2027-05-31' }],
        images: ['chair'],
      },
    ],
  },
];
