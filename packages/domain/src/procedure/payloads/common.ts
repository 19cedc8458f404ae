// Payload pieces shared by several actions.
import type * as z from 'zod';
import { CASE_PARTY_KIND_LABELS, type CaseParty } from '../party';
import { PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposal } from '../penalty';
import { bool, date, decimal, int, list, money, obj, oneOf, opt, req, text } from './fields';

export const LEGAL_BASIS_LEVELS = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentRule',
  'localRule',
  'normativeDocument',
  'benchmark',
] as const;

export type LegalBasisLevel = (typeof LEGAL_BASIS_LEVELS)[number];

export const LEGAL_BASIS_LEVEL_LABELS: Record<LegalBasisLevel, string> = {
  law: '法律',
  administrativeRegulation: '行政法规',
  localRegulation: '地方性法规',
  departmentRule: '部门规章',
  localRule: '地方政府规章',
  normativeDocument: '规范性文件',
  benchmark: '裁量基准',
};

export const party = obj({
  kind: req('当事人类型', oneOf(['person', 'organisation'], CASE_PARTY_KIND_LABELS)),
  name: req('当事人名称', text(200)),
  idNumber: opt('证件号码', text(40)),
  address: opt('地址', text(500)),
  birthDate: opt('出生日期', date()),
  legalRepresentative: opt('法定代表人', text(100)),
}) satisfies z.ZodType<CaseParty>;

const itemRef = obj({
  code: req('事项编码', text(100)),
  name: req('事项名称', text(300)),
  // Enforcement domain (领域), e.g. 城市管理.
  domain: opt('执法领域', text(100)),
});
export type CaseItemRef = z.infer<typeof itemRef>;

export const items = list(itemRef, 1, 50);

/** A cited provision: "《城市市容和环境卫生管理条例》第三十六条". */
const basisRef = obj({
  level: req('效力层级', oneOf(LEGAL_BASIS_LEVELS, LEGAL_BASIS_LEVEL_LABELS)),
  title: req('名称', text(300)),
  article: req('条款', text(100)),
});
export type LegalBasisRef = z.infer<typeof basisRef>;

export const basis = (min: number) => list(basisRef, min, 50);

export const penalty = obj({
  lines: req(
    '处罚内容',
    list(
      obj({
        kind: req('处罚种类', oneOf(PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS)),
        amount: opt('金额', money()),
        durationDays: opt('期限（日）', int(1, 36500)),
        actId: opt('违法行为', text(100)),
        itemCode: opt('执法事项', text(100)),
        parts: opt(
          '计罚明细',
          list(
            obj({
              label: opt('名称', text(200)),
              quantity: opt('计罚数量', decimal(1e9)),
              unit: opt('计罚单位', text(20)),
              base: opt('计罚基数（元）', money()),
              baseKind: opt('基数名称', text(20)),
              rate: req('标准', decimal(1e7)),
            }),
            1,
            20,
          ),
        ),
        description: opt('说明', text(2000)),
      }),
      1,
      20,
    ),
  ),
}) satisfies z.ZodType<PenaltyProposal>;

/** 笔录 signature: signed by the party, or a refusal note, or (party absent) a witness. */
export const signature = obj({
  partySigned: req('当事人签名', bool()),
  refusalNote: opt('拒签情况', text(1000)),
  witness: opt('见证人', text(100)),
});
export type SignatureRecord = z.infer<typeof signature>;

export const ids = (min: number) => list(text(100), min, 50);

export type { CaseParty, PenaltyProposal };
