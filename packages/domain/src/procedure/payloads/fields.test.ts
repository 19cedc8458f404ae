import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { bool, date, dateTime, int, list, literal, money, obj, oneOf, opt, req, text, time } from './fields';
import { labelPath, payloadMessages } from './messages';

/** The messages for one value in a field labelled `label`. */
const field = (label: string, schema: z.ZodType, value: unknown) =>
  payloadMessages(obj({ v: req(label, schema) }), { v: value });

describe('payload schemas', () => {
  it('checks each scalar kind and names the field in Chinese', () => {
    expect(field('名称', text(), '  ')).toEqual(['「名称」不能为空']);
    expect(field('名称', text(3), 'x'.repeat(4))).toEqual(['「名称」不能超过 3 个字符']);
    expect(field('名称', text(3), ' '.repeat(4))).toEqual(['「名称」不能为空']);
    expect(field('日期', date(), '2025-02-29')).toEqual(['「日期」应为 YYYY-MM-DD 格式的日期']);
    expect(field('日期', date(), '2024-02-29')).toEqual([]);
    expect(field('时间', dateTime(), '2025-03-03T24:00')).toHaveLength(1);
    expect(field('时间', dateTime(), '2025-03-03T23:59')).toEqual([]);
    expect(field('时刻', time(), '7:00')).toHaveLength(1);
    expect(field('天数', int(1, 3), 4)).toEqual(['「天数」应为 1 至 3 之间的整数']);
    expect(field('天数', int(1, 3), 2.5)).toEqual(['「天数」应为 1 至 3 之间的整数']);
    expect(field('金额', money(), 10.005)).toHaveLength(1);
    expect(field('金额', money(), 10.05)).toEqual([]);
    expect(field('是否', bool(), 'yes')).toHaveLength(1);
    expect(field('确认', literal(true), false)).toEqual(['「确认」必须为是']);
    expect(field('选项', oneOf(['a', 'b'], { a: '甲', b: '乙' }), 'c')).toEqual(['「选项」必须是以下之一：甲、乙']);
  });

  it('walks objects and lists, reporting paths and missing required fields', () => {
    const check = obj({ people: req('人员', list(obj({ name: req('姓名', text()) }), 1)), note: opt('备注', text()) });
    expect(payloadMessages(check, { people: [] })).toEqual(['「人员」至少需要 1 项']);
    expect(payloadMessages(check, { people: [{}] })).toEqual(['「人员第1项 / 姓名」必须填写']);
    expect(payloadMessages(check, { people: [{ name: '张三' }] })).toEqual([]);
    expect(payloadMessages(check, 'x')).toEqual(['内容格式不正确']);
  });

  it('takes a null optional field as absent, and a null required one as missing', () => {
    const check = obj({ name: req('姓名', text()), note: opt('备注', text()) });
    expect(payloadMessages(check, { name: '张三', note: null })).toEqual([]);
    expect(payloadMessages(check, { name: null })).toEqual(['「姓名」必须填写']);
  });

  it('gives one shared schema a label per place it is used', () => {
    const person = obj({ name: req('姓名', text()) });
    const check = obj({ party: req('当事人', person), agent: opt('代理人', person) });
    expect(payloadMessages(check, { party: {}, agent: {} })).toEqual([
      '「当事人 / 姓名」必须填写',
      '「代理人 / 姓名」必须填写',
    ]);
    expect(labelPath(check, ['agent', 'name'])).toBe('代理人 / 姓名');
    expect(labelPath(check, ['agent', 'age'])).toBeNull();
  });
});

describe('行政处罚法 第47条: unknown keys are refused at every level', () => {
  const check = obj({
    party: req('当事人', obj({ name: req('姓名', text()) })),
    people: req('人员', list(obj({ name: req('姓名', text()) }))),
  });

  it('names an unknown key at the top level, before the other messages', () => {
    expect(payloadMessages(check, { madeUp: 1, people: [] })).toEqual([
      '内容含有不允许的字段「madeUp」',
      '「当事人」必须填写',
    ]);
  });

  it('names an unknown key inside a nested object and inside a list item, with its path', () => {
    const value = { party: { name: '张三', secret: 'x' }, people: [{ name: '李四' }, { name: '王五', extra: 1 }] };
    expect(payloadMessages(check, value)).toEqual([
      '「当事人」含有不允许的字段「secret」',
      '「人员第2项」含有不允许的字段「extra」',
    ]);
    expect(payloadMessages(check, value, { unknownKeysOnly: true })).toHaveLength(2);
  });

  it('names a field the full payload declares as one the server fills in', () => {
    const input = obj({ facts: req('违法事实', text()) });
    const payload = input.extend({ noticeNumber: req('告知书文号', text()) });
    expect(payloadMessages(input, { facts: 'x', noticeNumber: '蓬杜综执告〔2025〕1号' }, { payload })).toEqual([
      '「告知书文号」由系统填写，不能提交',
    ]);
    expect(payloadMessages(payload, { facts: 'x', noticeNumber: '蓬杜综执告〔2025〕1号' })).toEqual([]);
  });
});
