// The standard shipped with the platform (行政处罚普通程序案卷), after DB32/T 4181—2021 附录B and
// 鲁司〔2023〕33号: 100 points in five parts; administrators adjust it to the province's weights.
import { DEFAULT_GRADES, VETO_ITEMS, type ReviewStandard } from './standard';

export const DEFAULT_REVIEW_STANDARD: ReviewStandard = {
  sections: [
    {
      key: 'body',
      title: '执法主体与人员',
      items: [
        { key: 'body.officers', title: '执法人员持有效证件且不少于两人', points: 10, auto: 'officersCertified' },
        { key: 'body.power', title: '在法定或赋权的职权范围内实施', points: 5 },
      ],
    },
    {
      key: 'facts',
      title: '事实与证据',
      items: [
        { key: 'facts.clear', title: '违法事实清楚，当事人认定准确', points: 10 },
        { key: 'facts.evidence', title: '证据确实充分，取证合法，证据之间相互印证', points: 15 },
      ],
    },
    {
      key: 'law',
      title: '适用法律',
      items: [
        { key: 'law.basis', title: '定性准确，引用法律条款具体到条、款、项', points: 10 },
        { key: 'law.discretion', title: '处罚适当，符合裁量基准并说明理由', points: 10 },
      ],
    },
    {
      key: 'procedure',
      title: '执法程序',
      items: [
        {
          key: 'procedure.deadlines',
          title: '立案、调查、决定、送达均在法定期限内',
          points: 10,
          auto: 'deadlinesKept',
        },
        { key: 'procedure.review', title: '应当法制审核的已经审核', points: 10, auto: 'reviewDone' },
        { key: 'procedure.rights', title: '依法告知陈述、申辩、听证权利并听取意见', points: 5 },
      ],
    },
    {
      key: 'documents',
      title: '文书与立卷归档',
      items: [
        { key: 'documents.complete', title: '文书齐全', points: 10, auto: 'documentsPresent' },
        { key: 'documents.form', title: '文书制作规范，卷宗装订有序、归档及时', points: 5 },
      ],
    },
  ],
  vetoes: Object.entries(VETO_ITEMS).map(([key, title]) => ({ key, title })),
  grades: { ...DEFAULT_GRADES },
};
