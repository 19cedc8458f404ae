import { describe, expect, it } from 'vitest';
import { trainingHours, validateTrainingRow, yearlyShortfall } from './training';

describe('trainingHours', () => {
  it('45 minutes make one 学时', () => {
    expect(trainingHours({ minutes: 45 })).toBe(1);
    expect(trainingHours({ minutes: 90 })).toBe(2);
  });

  it('floors to 0.01 学时: 100 minutes are 2.22, 1 minute is 0.02', () => {
    expect(trainingHours({ minutes: 100 })).toBe(2.22);
    expect(trainingHours({ minutes: 1 })).toBe(0.02);
  });

  it('stated hours win over minutes and are floored too, without binary-rounding loss', () => {
    expect(trainingHours({ hours: 3, minutes: 45 })).toBe(3);
    expect(trainingHours({ hours: 0.29 })).toBe(0.29);
    expect(trainingHours({ hours: 1.239 })).toBe(1.23);
  });

  it('an empty record counts 0; negative values are refused', () => {
    expect(trainingHours({})).toBe(0);
    expect(() => trainingHours({ minutes: -1 })).toThrow(RangeError);
  });
});

describe('yearlyShortfall', () => {
  it('sums records against 60 学时 by default', () => {
    expect(yearlyShortfall([{ hours: 20 }, { minutes: 900 }, { minutes: 100 }])).toEqual({
      hours: 42.22,
      required: 60,
      shortfall: 17.78,
      met: false,
    });
  });

  it('many small records do not drift: 600 × 0.1 学时 meet 60', () => {
    expect(yearlyShortfall(Array.from({ length: 600 }, () => ({ hours: 0.1 })))).toEqual({
      hours: 60,
      required: 60,
      shortfall: 0,
      met: true,
    });
  });

  it('takes another requirement', () => {
    expect(yearlyShortfall([{ hours: 40 }], 40).met).toBe(true);
  });
});

describe('validateTrainingRow', () => {
  const row = {
    personName: '张三',
    certificateNumber: '44070300001',
    course: '行政处罚法专题',
    date: '2025/3/5',
    minutes: '90',
    organiser: '蓬江区司法局',
  };

  it('accepts a row, normalising the date and crediting 学时', () => {
    expect(validateTrainingRow(row)).toEqual({
      ok: true,
      value: {
        personName: '张三',
        certificateNumber: '44070300001',
        course: '行政处罚法专题',
        date: '2025-03-05',
        minutes: 90,
        organiser: '蓬江区司法局',
        credited: 2,
      },
    });
  });

  it('accepts 2025年3月5日 and a spreadsheet Date', () => {
    expect(validateTrainingRow({ ...row, date: '2025年3月5日' }).ok).toBe(true);
    const result = validateTrainingRow({ ...row, date: new Date(Date.UTC(2025, 2, 5)) });
    expect(result.ok && result.value.date).toBe('2025-03-05');
  });

  it('reports every problem with its column', () => {
    const result = validateTrainingRow({ date: '2025-02-30', minutes: 'abc' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.column)).toEqual([
        '姓名',
        '执法证号',
        '培训内容',
        '培训日期',
        '培训时长（分钟）',
      ]);
    }
  });

  it('needs minutes or hours, and refuses a future date when today is given', () => {
    const result = validateTrainingRow({ ...row, minutes: undefined, date: '2025-07-01' }, { today: '2025-06-30' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        '培训日期2025-07-01晚于今天',
        '培训时长（分钟）和学时至少填写一项',
      ]);
  });
});
