import { describe, expect, it } from 'vitest';
import {
  bool,
  date,
  dateTime,
  int,
  list,
  literal,
  money,
  obj,
  oneOf,
  opt,
  req,
  text,
  time,
  validateWith,
} from './validate';

describe('payload validator', () => {
  it('checks each scalar kind and names the field in Chinese', () => {
    expect(text()('  ', '名称')).toEqual(['「名称」不能为空']);
    expect(date()('2025-02-29', '日期')).toEqual(['「日期」应为 YYYY-MM-DD 格式的日期']);
    expect(date()('2024-02-29', '日期')).toEqual([]);
    expect(dateTime()('2025-03-03T24:00', '时间')).toHaveLength(1);
    expect(dateTime()('2025-03-03T23:59', '时间')).toEqual([]);
    expect(time()('7:00', '时刻')).toHaveLength(1);
    expect(int(1, 3)(4, '天数')).toEqual(['「天数」应为 1 至 3 之间的整数']);
    expect(money()(10.005, '金额')).toHaveLength(1);
    expect(money()(10.05, '金额')).toEqual([]);
    expect(bool()('yes', '是否')).toHaveLength(1);
    expect(literal(true)(false, '确认')).toEqual(['「确认」必须为是']);
    expect(oneOf(['a', 'b'], { a: '甲', b: '乙' })('c', '选项')).toEqual(['「选项」必须是以下之一：甲、乙']);
  });

  it('walks objects and lists, reporting paths and missing required fields', () => {
    const check = obj({ people: req('人员', list(obj({ name: req('姓名', text()) }), 1)), note: opt('备注', text()) });
    expect(validateWith(check, { people: [] })).toEqual(['「人员」至少需要 1 项']);
    expect(validateWith(check, { people: [{}] })).toEqual(['「人员第1项 / 姓名」必须填写']);
    expect(validateWith(check, { people: [{ name: '张三' }] })).toEqual([]);
    expect(validateWith(check, 'x')).toEqual(['内容格式不正确']);
  });
});
