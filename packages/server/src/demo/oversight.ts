// Oversight demo: correction notices from the district judicial bureau (区司法局) to two townships
// — one awaiting 杜阮镇's reply, one 荷塘镇 has answered — and the alert rules run once over the
// demo county, so the 预警中心 and the notification bell have something to show.
import { CORRECTION_NOTICE_SERIES } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { issueDocumentNumber } from '../shared/numbers';
import { runRulesInTransaction } from '../modules/alerts/run-rules-in';
import { notifyUsers } from '../modules/notifications/notify';
import type { DemoLibraryContext } from './library-context';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function seedOversightDemo(tx: Tx, app: AppContext, ctx: DemoLibraryContext): Promise<void> {
  const { today } = ctx;
  const now = app.now();
  const sfj = ctx.agencyIds.get('sfj')!;
  const issuer = await tx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.name', 'agencies.doc_prefix'])
    .where('users.username', '=', 'supervisor')
    .executeTakeFirstOrThrow();
  const notices = [
    {
      town: 'duruan',
      subject: '立案审批与调查取证的规范性',
      findings: '抽查发现部分案件的现场检查笔录未载明执法证件出示情况，询问笔录缺少被询问人逐页签名。',
      requirement: '对在办案件逐一核查笔录，补正签名和出示证件情况；组织一次证据规则专题学习，并报送整改情况。',
      due: addDays(today, 15),
      reply: null as string | null,
    },
    {
      town: 'hetang',
      subject: '罚款决定的裁量说明',
      findings: '部分处罚决定书未写明适用的裁量基准档次和理由。',
      requirement: '在处罚决定书中载明适用的裁量基准及理由，对已作出的决定逐案复查。',
      due: addDays(today, 10),
      reply: '已组织全体执法人员学习裁量基准，复查近三个月的12份决定书，均已补充裁量说明并归档。',
    },
  ];
  for (const n of notices) {
    const agencyId = ctx.agencyIds.get(n.town)!;
    const kase = await tx
      .selectFrom('cases')
      .select('id')
      .where('agency_id', '=', agencyId)
      .orderBy('created_on')
      .limit(1)
      .executeTakeFirst();
    const number = await issueDocumentNumber(
      tx,
      { id: sfj, docPrefix: issuer.doc_prefix },
      Number(today.slice(0, 4)),
      CORRECTION_NOTICE_SERIES,
    );
    const history = [{ action: 'issue', on: today, by: issuer.name, text: n.requirement }];
    if (n.reply) history.push({ action: 'reply', on: today, by: '荷塘镇负责人', text: n.reply });
    const row = await tx
      .insertInto('correction_notices')
      .values({
        number,
        issuing_agency_id: sfj,
        agency_id: agencyId,
        case_id: kase?.id ?? null,
        subject: n.subject,
        findings: n.findings,
        requirement: n.requirement,
        due_on: n.due,
        status: n.reply ? 'replied' : 'issued',
        issued_on: today,
        issued_by: issuer.id,
        issued_by_name: issuer.name,
        reply: n.reply,
        replied_on: n.reply ? today : null,
        replied_by_name: n.reply ? '荷塘镇负责人' : null,
        history: JSON.stringify(history),
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const heads = await tx
      .selectFrom('users')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where((eb) => eb(eb.val('agencyHead'), '=', eb.fn.any('roles')))
      .execute();
    await notifyUsers(
      tx,
      heads.map((h) => h.id),
      {
        kind: 'correction',
        sourceKey: `correction:${row.id}:issued`,
        title: `收到执法监督意见书 ${number}：${n.subject}`,
        body: `请于 ${n.due} 前整改并回复。`,
        href: `/oversight/corrections/${row.id}`,
      },
      now,
    );
  }
  // The integrity rules wait for the schedule: inside the loading transaction the audit chain is
  // still being written and evidence files may not be in the store yet.
  await runRulesInTransaction(app, tx, now, today, ['auditChainBroken', 'evidenceHashMismatch']);
}
