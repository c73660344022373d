/**
 * Pointers to China's compulsory product certification (CCC, 3C) catalogue by HS heading. The
 * catalogue is written by product type, not by HS code, so a match only asks the exhibitor to
 * confirm whether the product is in scope (status `check`); the exhibitor's answer is final.
 */

export interface CccPointer {
  /** The catalogue's product type, as the exhibitor reads it. */
  type: string;
}

export const CCC_HEADINGS: Readonly<Record<string, CccPointer>> = {
  '8414': { type: '家用电风扇、排油烟机（家用和类似用途设备）' },
  '8415': { type: '房间空调器（家用和类似用途设备）' },
  '8418': { type: '家用电冰箱和食品冷冻箱' },
  '8450': { type: '家用洗衣机' },
  '8471': { type: '微型计算机、便携式计算机（信息技术设备）' },
  '8504': { type: '电源、电源适配器、充电器（信息技术设备）' },
  '8507': { type: '锂离子电池和电池组、移动电源' },
  '8508': { type: '真空吸尘器（家用和类似用途设备）' },
  '8509': { type: '食品加工机械（家用和类似用途设备）' },
  '8516': { type: '电热水器、电饭锅、电熨斗、电吹风等家用电热器具' },
  '8517': { type: '移动用户终端、数据终端（电信终端设备）' },
  '8518': { type: '音视频设备（有源音箱等；无线耳机视使用电源而定）' },
  '8525': { type: '视频监控摄像机（安全技术防范产品）' },
  '8528': { type: '显示器、电视机（音视频设备、信息技术设备）' },
  '8536': { type: '插头插座、家用和类似用途固定式电气装置的开关' },
  '8544': { type: '电线组件、额定电压 450/750V 及以下聚氯乙烯绝缘电缆' },
  '8711': { type: '摩托车、电动自行车' },
  '8715': { type: '童车（儿童推车）' },
  '9401': { type: '机动车儿童乘员用约束系统（儿童安全座椅）' },
  '9405': { type: '灯具（固定式通用灯具、可移式通用灯具、嵌入式灯具等）' },
  '9503': { type: '玩具（塑胶玩具、电玩具、金属玩具、弹射玩具、娃娃玩具）' },
};

/** The CCC pointer of an HS code, or null when its heading is not on the list. */
export function cccPointer(hsCode: string): CccPointer | null {
  return hsCode.length >= 4 ? (CCC_HEADINGS[hsCode.slice(0, 4)] ?? null) : null;
}

/** A certification name that is a CCC ("3C", "CCC", "中国强制性产品认证"). */
export function isCccCertificate(name: string): boolean {
  return /^(3c|ccc)$|强制性产品认证|^ccc\s|^3c\s/i.test(name.trim());
}
