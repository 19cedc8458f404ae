// The words of a printed 执法监督意见书 in the shape of the other documents (DocumentText), so the
// server lays it out with the same A4 layout: the issuing body as the title, the number, the agency
// addressed, what was found, what to do and by when, and the seal block dated in Chinese.
import { chineseDate } from '../documents/dates';
import type { DocumentText } from '../documents/document-text';

export interface CorrectionNoticeFacts {
  number: string;
  issuingAgencyName: string;
  agencyName: string;
  caseNumber: string | null;
  caseTitle: string | null;
  subject: string;
  findings: string;
  requirement: string;
  dueOn: string;
  issuedOn: string;
}

export const CORRECTION_NOTICE_TITLE = '行政执法监督意见书';

export function correctionNoticeText(n: CorrectionNoticeFacts): DocumentText {
  const about = n.caseNumber
    ? `本机关在行政执法监督中，对你单位办理的${n.caseTitle ? `${n.caseTitle}一案` : '案件'}（案号：${n.caseNumber}）进行了监督`
    : '本机关在行政执法监督中，对你单位的行政执法工作进行了监督';
  return {
    agencyName: n.issuingAgencyName,
    title: CORRECTION_NOTICE_TITLE,
    number: n.number,
    caseNumber: n.caseNumber,
    sections: [
      { text: `${n.agencyName}：` },
      { text: `${about}，现就“${n.subject}”提出监督意见如下。` },
      { heading: '发现的问题', text: n.findings },
      { heading: '整改要求', text: n.requirement },
      {
        heading: '整改期限',
        text: `请于${chineseDate(n.dueOn)}前完成整改，并将整改情况书面报送本机关。逾期未整改或者整改不到位的，本机关将依照《广东省行政执法监督条例》的规定处理。`,
      },
    ],
    signature: { agencyName: n.issuingAgencyName, date: chineseDate(n.issuedOn) },
    partySignature: false,
    notes: ['本意见书一式两份，一份送达被监督单位，一份存档。'],
    decision: false,
  };
}
