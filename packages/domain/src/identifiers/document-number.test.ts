import { describe, expect, it } from 'vitest';
import {
  formatArchiveNumber,
  formatDocumentNumber,
  isValidArchiveNumber,
  isValidDocumentNumber,
  normaliseLegacyDocumentNumber,
  parseDocumentNumber,
} from './index';

describe('文书编号 (GB/T 9704-2012 7.2.5)', () => {
  it('GB/T 9704-2012 7.2.5: formats 代字〔YYYY〕N号 with six-angle brackets and no padding', () => {
    expect(formatDocumentNumber('江蓬综执罚', 2025, 12)).toBe('江蓬综执罚〔2025〕12号');
    expect(formatDocumentNumber('穗X综执罚', 2024, 1)).toBe('穗X综执罚〔2024〕1号');
  });

  it('GB/T 9704-2012 7.2.5: refuses a bad prefix, year or serial when formatting', () => {
    expect(() => formatDocumentNumber('', 2025, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber('江 罚', 2025, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber('江罚', 25, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber('江罚', 2025, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber('江罚', 2025, 1.5)).toThrow(RangeError);
  });

  it('GB/T 9704-2012 7.2.5: only the canonical form is valid', () => {
    expect(isValidDocumentNumber('江蓬综执罚〔2025〕12号')).toBe(true);
    expect(isValidDocumentNumber('穗X综执罚〔2024〕12号')).toBe(true);
    for (const bad of [
      '江蓬综执罚[2025]12号',
      '江蓬综执罚【2025】12号',
      '江蓬综执罚（2025）12号',
      '江蓬综执罚〔25〕12号',
      '江蓬综执罚〔2025〕012号',
      '江蓬综执罚〔2025〕第12号',
      '江蓬综执罚〔2025〕0号',
      '江蓬综执罚〔2025〕12',
      '〔2025〕12号',
    ]) {
      expect(isValidDocumentNumber(bad), bad).toBe(false);
    }
  });

  it('GB/T 9704-2012 7.2.5: parses prefix, year and serial', () => {
    expect(parseDocumentNumber('江蓬综执罚〔2025〕12号')).toEqual({ prefix: '江蓬综执罚', year: 2025, serial: 12 });
    expect(parseDocumentNumber('江蓬综执罚〔2025〕第12号')).toBeNull();
  });

  it('GB/T 9704-2012 7.2.5: legacy "〔 〕第 号" and other brackets are normalised on input', () => {
    expect(normaliseLegacyDocumentNumber('〔2016〕第12号')).toBe('〔2016〕12号');
    expect(normaliseLegacyDocumentNumber('〔2016〕第12号', '豫X罚')).toBe('豫X罚〔2016〕12号');
    expect(normaliseLegacyDocumentNumber('豫X罚[2016]第012号')).toBe('豫X罚〔2016〕12号');
    expect(normaliseLegacyDocumentNumber('委字（２０１６）第 ００３ 号')).toBe('委字〔2016〕3号');
    expect(normaliseLegacyDocumentNumber('江蓬综执罚〔2025〕12号')).toBe('江蓬综执罚〔2025〕12号');
    expect(normaliseLegacyDocumentNumber('委字〔〕第号')).toBeNull();
  });
});

describe('归档号 archive number (statement 83)', () => {
  it('立卷归档规则: archive number is the 4-digit year and a 4-digit serial from 0001', () => {
    expect(formatArchiveNumber(2025, 1)).toBe('20250001');
    expect(formatArchiveNumber(2025, 9999)).toBe('20259999');
    expect(() => formatArchiveNumber(2025, 0)).toThrow(RangeError);
    expect(() => formatArchiveNumber(2025, 10000)).toThrow(RangeError);
    expect(isValidArchiveNumber('20250001')).toBe(true);
    expect(isValidArchiveNumber('20250000')).toBe(false);
    expect(isValidArchiveNumber('2025001')).toBe(false);
  });
});
