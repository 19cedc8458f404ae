import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, isValidRegionCode, parentRegionCode, provinceName, regionLevel } from './index';

describe('行政区划代码 (GB/T 2260) and township codes', () => {
  it('GB/T 2260: province, city and county levels follow the trailing zeros', () => {
    expect(regionLevel('440000')).toBe('province');
    expect(regionLevel('440700')).toBe('city');
    expect(regionLevel('440703')).toBe('county');
    expect(regionLevel('441900')).toBe('city');
    expect(regionLevel('429004')).toBe('county');
  });

  it('GB/T 2260: 9-digit and 12-digit statistical codes are townships; village codes are not', () => {
    expect(regionLevel('440703102')).toBe('township');
    expect(regionLevel('440703102000')).toBe('township');
    expect(regionLevel('441900003')).toBe('township');
    expect(isValidRegionCode('440703102001')).toBe(false);
    expect(isValidRegionCode('440703000')).toBe(false);
    expect(isValidRegionCode('440000102')).toBe(false);
  });

  it('GB/T 2260: unknown provinces, impossible prefectures and malformed codes are refused', () => {
    for (const bad of ['990000', '200000', '447103', '440083', '4407', '44070', 'abcdef', '4407031', '']) {
      expect(isValidRegionCode(bad), bad).toBe(false);
      expect(regionLevel(bad), bad).toBeNull();
    }
  });

  it('GB/T 2260: each code knows its parent', () => {
    expect(parentRegionCode('440703102')).toBe('440703');
    expect(parentRegionCode('440703102000')).toBe('440703');
    expect(parentRegionCode('441900003')).toBe('441900');
    expect(parentRegionCode('440703')).toBe('440700');
    expect(parentRegionCode('440781')).toBe('440700');
    expect(parentRegionCode('429004')).toBe('420000');
    expect(parentRegionCode('440700')).toBe('440000');
    expect(parentRegionCode('440000')).toBeNull();
    expect(parentRegionCode('x')).toBeNull();
  });

  it('GB/T 2260: the province table has the 34 provincial-level prefixes', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(34);
    expect(provinceName('440703')).toBe('广东省');
  });
});
