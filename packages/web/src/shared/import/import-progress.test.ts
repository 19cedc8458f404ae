import { describe, expect, it } from 'vitest';
import { IMPORT_STEPS, importPercent, importStep, rowsConcerned } from './import-progress';

describe('import progress', () => {
  it('names a step for each stage, in order', () => {
    expect((['idle', 'reading', 'checking', 'done'] as const).map((s) => IMPORT_STEPS[importStep(s)])).toEqual([
      '选择文件',
      '读取文件',
      '逐行校验',
      '完成',
    ]);
  });

  it('reading fills the first half of the bar, checking stands at three quarters', () => {
    expect(importPercent('reading', 0)).toBe(0);
    expect(importPercent('reading', 51)).toBe(26);
    expect(importPercent('reading', 100)).toBe(50);
    expect(importPercent('checking', 100)).toBe(75);
  });

  it('keeps the bar within its bounds whatever the browser reports', () => {
    expect(importPercent('reading', 140)).toBe(50);
    expect(importPercent('reading', -5)).toBe(0);
  });
});

describe('rows named in an all-or-nothing refusal', () => {
  it('counts a row with several errors once, per sheet', () => {
    const lines = [
      { sheet: '执法事项', row: 3 },
      { sheet: '执法事项', row: 3 },
      { sheet: '处罚种类及幅度', row: 3 },
      { sheet: '执法事项', row: 7 },
    ];
    expect(rowsConcerned(lines)).toBe(3);
  });

  it('counts rows of a single-sheet file', () => {
    expect(rowsConcerned([{ row: 2 }, { row: 2 }, { row: 5 }])).toBe(2);
  });
});
