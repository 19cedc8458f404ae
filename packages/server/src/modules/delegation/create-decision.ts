// A county decision to delegate items to townships (赋权), to add items to an earlier one
// (补充赋权), or to take items back (收回). Published by announcement (行政处罚法 第24条), so it
// carries a document number, an announcement date and an effective date, and is never edited.

import { isValidDocumentNumber } from '@zhifa/domain';
import { badRequest, conflict, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { delegationSnapshot } from './exercisable';
import { insertDecision } from './insert-decision';
import { listTownships } from './queries';
import type { CreateDecisionBody, DecisionKind } from '@zhifa/contract';

const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  delegate: '赋权',
  addItems: '补充赋权',
  revoke: '收回',
};

interface Target {
  agencyId: string;
  name: string;
  regionCode: string;
  viaGroup: string | null;
}

/**
 * Groups are expanded now and the expansion is stored: the decision applies to the townships that
 * were in the group on the day it was made. A later change of membership (a town moving from 二类
 * to 一类) needs its own published decision; it must not silently change what an old announcement
 * delegated, nor the history the public list is built from.
 */
async function expandTargets(ctx: WriteContext<unknown, unknown, CreateDecisionBody>, amendedTargets: Target[] | null) {
  const { tx, body } = ctx;
  const townships = new Map((await listTownships(tx)).map((t) => [t.id, t]));
  const targets = new Map<string, Target>();
  const groups: { id: string; name: string }[] = [];
  const notTownships = body.agencyIds.filter((id) => !townships.has(id));
  if (notTownships.length)
    throw badRequest('NOT_TOWNSHIP', '赋权对象只能是乡镇人民政府或街道办事处', { agencyIds: notTownships });
  if (body.groupIds.length) {
    const rows = await tx
      .selectFrom('township_groups')
      .select(['id', 'name'])
      .where('id', 'in', body.groupIds)
      .execute();
    const missing = body.groupIds.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length) throw badRequest('UNKNOWN_GROUP', '所选乡镇分类不存在', { groupIds: missing });
    const members = await tx
      .selectFrom('township_group_members')
      .select(['group_id', 'agency_id'])
      .where('group_id', 'in', body.groupIds)
      .execute();
    for (const g of rows) {
      groups.push(g);
      for (const m of members.filter((x) => x.group_id === g.id)) {
        const t = townships.get(m.agency_id);
        if (t && !targets.has(t.id))
          targets.set(t.id, { agencyId: t.id, name: t.name, regionCode: t.regionCode, viaGroup: g.name });
      }
    }
  }
  for (const id of body.agencyIds) {
    const t = townships.get(id)!;
    targets.set(id, { agencyId: id, name: t.name, regionCode: t.regionCode, viaGroup: null });
  }
  if (targets.size === 0 && amendedTargets) for (const t of amendedTargets) targets.set(t.agencyId, t);
  if (targets.size === 0) throw badRequest('NO_TARGETS', '请选择至少一个乡镇（街道）或乡镇分类（所选分类中没有乡镇）');
  // The permission's data scope: a county office delegates only to its own townships.
  for (const t of targets.values()) ctx.authorize({ agencyId: t.agencyId, regionCode: t.regionCode });
  return { targets: [...targets.values()], groups };
}

export async function createDecision(ctx: WriteContext<unknown, unknown, CreateDecisionBody>): Promise<{ id: string }> {
  const { tx, body, actor } = ctx;
  const documentNo = body.documentNo.trim();
  if (!isValidDocumentNumber(documentNo)) {
    throw badRequest(
      'INVALID_DOCUMENT_NO',
      `文号“${documentNo}”格式不正确，应为“机关代字〔年份〕序号号”，如 蓬府〔2024〕12号`,
      [{ path: 'documentNo', message: '文号格式应为 蓬府〔2024〕12号' }],
    );
  }
  if (body.effectiveDate < body.announcementDate) {
    throw badRequest(
      'EFFECTIVE_BEFORE_ANNOUNCEMENT',
      '生效日期不能早于公布日期：赋权决定须先向社会公布（行政处罚法 第24条）',
      [{ path: 'effectiveDate', message: '生效日期不能早于公布日期' }],
    );
  }
  const taken = await tx
    .selectFrom('delegation_decisions')
    .select('id')
    .where('document_no', '=', documentNo)
    .executeTakeFirst();
  if (taken) throw conflict('DOCUMENT_NO_TAKEN', `文号 ${documentNo} 已登记过`);

  let amendedTargets: Target[] | null = null;
  if (body.kind === 'addItems' && !body.amendsId) {
    throw badRequest('AMENDS_REQUIRED', '补充赋权须指明所补充的赋权决定', [
      { path: 'amendsId', message: '请选择所补充的赋权决定' },
    ]);
  }
  if (body.amendsId) {
    const amended = await tx
      .selectFrom('delegation_decisions')
      .select(['id', 'kind'])
      .where('id', '=', body.amendsId)
      .executeTakeFirst();
    if (!amended) throw notFound('所补充的赋权决定不存在');
    if (body.kind === 'addItems' && amended.kind === 'revoke')
      throw badRequest('AMENDS_REVOCATION', '补充赋权不能补充收回决定');
    const rows = await tx
      .selectFrom('delegation_decision_targets')
      .innerJoin('agencies', 'agencies.id', 'delegation_decision_targets.agency_id')
      .select(['agencies.id', 'agencies.name', 'agencies.region_code', 'delegation_decision_targets.via_group'])
      .where('delegation_decision_targets.decision_id', '=', amended.id)
      .execute();
    amendedTargets = rows.map((r) => ({
      agencyId: r.id,
      name: r.name,
      regionCode: r.region_code,
      viaGroup: r.via_group,
    }));
  }
  const { targets, groups } = await expandTargets(ctx, amendedTargets);

  const codes = [...new Set(body.itemCodes.map((c) => c.trim()))];
  const items = await tx
    .selectFrom('enforcement_items')
    .select(['id', 'code', 'name', 'active', 'county_reserved'])
    .where('code', 'in', codes)
    .orderBy('code')
    .execute();
  const unknown = codes.filter((c) => !items.some((i) => i.code === c));
  if (unknown.length)
    throw badRequest('UNKNOWN_ITEMS', `以下事项不在执法事项目录中：${unknown.join('、')}`, { itemCodes: unknown });

  if (body.kind !== 'revoke') {
    const withdrawn = items.filter((i) => !i.active);
    if (withdrawn.length) {
      throw badRequest(
        'WITHDRAWN_ITEMS',
        `以下事项已停用，不能赋权：${withdrawn.map((i) => `${i.code} ${i.name}`).join('；')}`,
        {
          itemCodes: withdrawn.map((i) => i.code),
        },
      );
    }
    const reserved = items.filter((i) => i.county_reserved);
    if (reserved.length) {
      throw badRequest(
        'COUNTY_RESERVED_ITEMS',
        `以下事项含有县级保留的重大处罚（吊销许可证件、责令停产停业、责令关闭、限制从业或没收较大数额财物等），不能赋权乡镇，乡镇发现后应移送县级部门：${reserved.map((i) => `${i.code} ${i.name}`).join('；')}`,
        { itemCodes: reserved.map((i) => i.code) },
      );
    }
  } else {
    // A revocation takes back what the township holds on that day; anything else is a mistake.
    const { index } = await delegationSnapshot(tx);
    const notHeld = targets.flatMap((t) =>
      items
        .filter((i) => !index.isExercisable(t.agencyId, i.code, body.effectiveDate))
        .map((i) => `${t.name}：${i.code} ${i.name}`),
    );
    if (notHeld.length) {
      throw badRequest(
        'NOT_DELEGATED',
        `以下事项在 ${body.effectiveDate} 并未赋予相应乡镇，无需收回：${notHeld.join('；')}`,
        { pairs: notHeld },
      );
    }
  }

  const id = await insertDecision(tx, {
    kind: body.kind,
    documentNo,
    title: body.title.trim(),
    announcementDate: body.announcementDate,
    effectiveDate: body.effectiveDate,
    amendsId: body.amendsId ?? null,
    note: body.note ?? null,
    createdBy: actor?.userId ?? null,
    itemIds: items.map((i) => i.id),
    groups,
    targets,
  });
  ctx.audited({
    objectType: 'delegation_decision',
    objectId: id,
    details: {
      kind: body.kind,
      kindLabel: DECISION_KIND_LABELS[body.kind],
      documentNo,
      effectiveDate: body.effectiveDate,
      itemCodes: items.map((i) => i.code),
      agencyIds: targets.map((t) => t.agencyId),
      groups: groups.map((g) => g.name),
    },
  });
  return { id };
}
