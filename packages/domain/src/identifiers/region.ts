// 行政区划代码, GB/T 2260 (6 digits), and the statistical township codes built on it:
// 9 digits (county + 3) or 12 digits (county + 3 + "000"). legal-rules.md §9.3.
// Validation is structural: a code's existence (and retirement) is data, kept in the region table.

export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

export type RegionLevel = 'province' | 'city' | 'county' | 'township';

function isValidSixDigit(code: string): boolean {
  if (!/^\d{6}$/.test(code) || !(code.slice(0, 2) in PROVINCE_CODES)) return false;
  const prefecture = Number(code.slice(2, 4));
  const county = code.slice(4, 6);
  if (prefecture === 0) return county === '00';
  // 01–20 and 51–70 cities, 21–50 地区/自治州/盟, 90 county-level units directly under the province.
  return prefecture <= 70 || prefecture === 90;
}

export function isValidRegionCode(code: string): boolean {
  return regionLevel(code) !== null;
}

export function regionLevel(code: string): RegionLevel | null {
  if (typeof code !== 'string') return null;
  if (code.length === 6) {
    if (!isValidSixDigit(code)) return null;
    if (code.endsWith('0000')) return 'province';
    if (code.endsWith('00')) return 'city';
    return 'county';
  }
  if (code.length === 9 || (code.length === 12 && code.endsWith('000'))) {
    const parent = code.slice(0, 6);
    const township = code.slice(6, 9);
    // A township sits under a county, or directly under a city without counties (东莞 441900, 中山 442000).
    if (!/^\d{3}$/.test(township) || township === '000') return null;
    if (!isValidSixDigit(parent) || parent.endsWith('0000')) return null;
    return 'township';
  }
  return null;
}

/**
 * The enclosing region's 6-digit code: township → its county (or city), county → its prefecture
 * (xxxx00; the province for the directly administered "90" units), city → province. Null for a
 * province or an invalid code.
 */
export function parentRegionCode(code: string): string | null {
  const level = regionLevel(code);
  switch (level) {
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return code.slice(2, 4) === '90' ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    default:
      return null;
  }
}

export function provinceName(code: string): string | null {
  return PROVINCE_CODES[code.slice(0, 2)] ?? null;
}
