import { describe, expect, it } from 'vitest';
import { canonicalWord, normaliseLawText } from './normalise-text';

describe('normaliseLawText', () => {
  it('行政处罚法 第36条: 二年内未被发现 and the officer’s 两年 are the same period', () => {
    expect(normaliseLawText('违法行为在二年内未被发现的')).toBe('违法行为在2年内未被发现的');
    expect(normaliseLawText('过了两年还能罚吗')).toBe('过了2年还能罚吗');
  });

  it('十五日 and 15日 are the same deadline; article numbers stay words', () => {
    expect(normaliseLawText('自收到之日起十五日内')).toBe('自收到之日起15日内');
    expect(normaliseLawText('１５日内')).toBe('15日内');
    expect(normaliseLawText('依照本法第十五条规定')).toBe('依照本法第十五条规定');
    expect(normaliseLawText('第十五日')).toBe('第十五日');
  });

  it('amounts: 五万元 and 5万元 are 50000元', () => {
    expect(normaliseLawText('处五万元以上五十万元以下的罚款')).toBe('处50000元以上500000元以下的罚款');
    expect(normaliseLawText('罚5万元')).toBe('罚50000元');
  });

  it('ages: 不满十四周岁 is 不满14周岁', () => {
    expect(normaliseLawText('不满十四周岁的未成年人')).toBe('不满14周岁的未成年人');
    expect(normaliseLawText('已满十四不满十八')).toBe('已满14不满18');
  });

  it('words that are not quantities are left alone', () => {
    expect(normaliseLawText('一律')).toBe('一律');
    expect(normaliseLawText('统一规划')).toBe('统一规划');
  });

  it('罚金 is searched as 罚款', () => {
    expect(canonicalWord('罚金')).toBe('罚款');
    expect(canonicalWord('罚款')).toBe('罚款');
  });
});
