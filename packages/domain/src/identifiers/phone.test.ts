import { describe, expect, it } from 'vitest';
import { isValidMobile, maskPhone } from './index';

describe('phone numbers', () => {
  it('accepts mainland mobiles 1[3-9] plus 9 digits only', () => {
    expect(isValidMobile('13812345678')).toBe(true);
    expect(isValidMobile('19912345678')).toBe(true);
    for (const bad of ['12812345678', '1381234567', '138123456789', '+8613812345678', '138 1234 5678']) {
      expect(isValidMobile(bad), bad).toBe(false);
    }
  });

  it('个人信息保护法 第51条: masks all but the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0750-3456789')).toBe('075****6789');
    expect(maskPhone('12345')).toBe('***45');
  });
});
