// Texts the portal publishes before enforcement (事前公示, 三项制度 国办发〔2018〕118号): the
// procedure an agency follows and the acts it records on audio-video (行政处罚法 第47条;
// 国办发〔2018〕118号 “对查封扣押财产、强制拆除等直接涉及人身自由、生命健康、重大财产权益的现场执法活动和
// 执法办案场所，要推行全程音像记录”). They are rules of law, kept here as data so that every agency's
// page says the same and a change is made once.

export interface ProcedureStep {
  title: string;
  text: string;
  basis: string;
}

export const ORDINARY_PROCEDURE: readonly ProcedureStep[] = [
  {
    title: '立案',
    text: '发现涉嫌违法行为后，核查案源，符合条件的自发现之日起十五个工作日内立案。',
    basis: '行政处罚法 第54条',
  },
  {
    title: '调查取证',
    text: '两名以上具有行政执法资格的执法人员调查，主动出示执法证件，全面、客观、公正收集证据。',
    basis: '行政处罚法 第42条、第55条',
  },
  {
    title: '告知',
    text: '作出处罚决定前，告知当事人拟作出的处罚内容及事实、理由、依据，以及陈述、申辩、要求听证等权利。',
    basis: '行政处罚法 第44条、第63条',
  },
  {
    title: '法制审核',
    text: '涉及重大公共利益、直接关系当事人重大权益等情形的，作出决定前由法制审核人员审核。',
    basis: '行政处罚法 第58条',
  },
  {
    title: '决定',
    text: '负责人审查后作出决定；情节复杂或者重大违法行为给予较重处罚的，集体讨论决定。',
    basis: '行政处罚法 第57条',
  },
  {
    title: '送达',
    text: '决定书当场交付当事人；当事人不在场的，七日内依照民事诉讼法的有关规定送达。',
    basis: '行政处罚法 第61条',
  },
  {
    title: '执行',
    text: '当事人在决定书载明的期限内履行；到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
    basis: '行政处罚法 第67条、第72条',
  },
];

export const SUMMARY_PROCEDURE: ProcedureStep = {
  title: '简易程序（当场处罚）',
  text: '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出决定。',
  basis: '行政处罚法 第51条、第52条',
};

/** Acts always recorded on audio-video from start to end (全程音像记录). */
export const AUDIO_VIDEO_MANDATORY: readonly string[] = ['查封、扣押财产', '强制拆除', '执法办案场所内的执法活动'];

/** Acts recorded on audio-video according to the circumstances (a full written record may suffice). */
export const AUDIO_VIDEO_AS_NEEDED: readonly string[] = [
  '现场执法（现场检查、抽样取证、先行登记保存）',
  '调查取证',
  '举行听证',
  '留置送达',
  '公告送达',
];

export const AUDIO_VIDEO_BASIS = '行政处罚法 第47条；国办发〔2018〕118号（执法全过程记录制度）';
