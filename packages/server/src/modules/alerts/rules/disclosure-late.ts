// 公示逾期: a decision's disclosure task still not published (waiting, or held for review) after the
// day it was due (行政处罚法 第48条: within 7 working days by default, per agency and sector). It
// resolves when the rendition is published, withdrawn, excluded or expires.
import type { AlertRule } from './rule';

export const disclosureLate: AlertRule = {
  id: 'disclosureLate',
  async find({ db, today }) {
    const rows = await db
      .selectFrom('disclosure_renditions')
      .innerJoin('cases', 'cases.id', 'disclosure_renditions.case_id')
      .select([
        'disclosure_renditions.id',
        'disclosure_renditions.case_id',
        'disclosure_renditions.agency_id',
        'disclosure_renditions.document_number',
        'disclosure_renditions.due_on',
        'disclosure_renditions.status',
        'cases.number as case_number',
      ])
      .where('disclosure_renditions.status', 'in', ['pending', 'held'])
      .where('disclosure_renditions.due_on', '<', today)
      .execute();
    return rows.map((r) => ({
      subjectKey: r.id,
      agencyId: r.agency_id,
      caseId: r.case_id,
      recordType: 'disclosureRendition',
      recordId: r.id,
      title: `${r.case_number}：处罚决定 ${r.document_number} 应于 ${r.due_on} 前公开，${r.status === 'held' ? '仍在审查中（检测到个人信息）' : '尚未公开'}`,
      details: { documentNumber: r.document_number, dueOn: r.due_on, status: r.status },
    }));
  },
};
