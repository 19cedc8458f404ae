import { describe, expect, it } from 'vitest';
import { problemLines } from './import-lines';

describe('catalogue import refusal listed by row and column', () => {
  it('gives each refused cell its own line, keyed by sheet, row and position', () => {
    const lines = problemLines([
      {
        sheet: '执法事项',
        row: 4,
        code: 'CG-001',
        errors: [
          { field: 'basis', column: '实施依据', message: '法律法规库中找不到该条款' },
          { field: 'department', column: '实施部门', message: '未知部门' },
        ],
      },
      { sheet: '处罚种类及幅度', row: 2, code: null, errors: [{ field: 'code', column: '事项编码', message: '必填' }] },
    ]);
    expect(lines).toEqual([
      {
        key: '执法事项-4-0',
        sheet: '执法事项',
        row: 4,
        code: 'CG-001',
        column: '实施依据',
        message: '法律法规库中找不到该条款',
      },
      { key: '执法事项-4-1', sheet: '执法事项', row: 4, code: 'CG-001', column: '实施部门', message: '未知部门' },
      { key: '处罚种类及幅度-2-0', sheet: '处罚种类及幅度', row: 2, code: null, column: '事项编码', message: '必填' },
    ]);
  });

  it('lists nothing for a row the server named without errors', () => {
    expect(problemLines([{ sheet: '执法事项', row: 9, code: null, errors: [] }])).toEqual([]);
  });
});
