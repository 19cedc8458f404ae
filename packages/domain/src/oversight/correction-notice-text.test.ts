import { describe, expect, it } from 'vitest';
import { correctionNoticeText } from './correction-notice-text';

const facts = {
  number: '蓬司监〔2026〕3号',
  issuingAgencyName: '江门市蓬江区司法局',
  agencyName: '江门市蓬江区杜阮镇人民政府',
  caseNumber: '蓬杜综执罚〔2026〕12号',
  caseTitle: '某餐馆占道经营',
  subject: '询问笔录不规范',
  findings: '询问笔录缺少逐页签名。',
  requirement: '补正签名并组织学习。',
  dueOn: '2026-03-12',
  issuedOn: '2026-03-02',
};

describe('执法监督意见书 text (广东省行政执法监督条例)', () => {
  it('addresses the agency, names the case, the findings, the requirement and the deadline in Chinese', () => {
    const t = correctionNoticeText(facts);
    expect(t.title).toBe('行政执法监督意见书');
    expect(t.number).toBe('蓬司监〔2026〕3号');
    expect(t.sections[0].text).toBe('江门市蓬江区杜阮镇人民政府：');
    expect(t.sections[1].text).toContain('某餐馆占道经营一案（案号：蓬杜综执罚〔2026〕12号）');
    expect(t.sections.find((s) => s.heading === '整改期限')?.text).toContain('二〇二六年三月十二日前');
    expect(t.signature).toEqual({ agencyName: '江门市蓬江区司法局', date: '二〇二六年三月二日' });
    expect(t.decision).toBe(false);
  });

  it('a notice about a practice, not a case, names no case', () => {
    const t = correctionNoticeText({ ...facts, caseNumber: null, caseTitle: null });
    expect(t.caseNumber).toBeNull();
    expect(t.sections[1].text).toContain('对你单位的行政执法工作进行了监督');
  });
});
