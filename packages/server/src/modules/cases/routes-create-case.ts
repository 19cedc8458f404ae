// POST /api/cases. A case filed from a lead changes the lead as well (filed, with the case's id and
// an event in its history); the leads module does that through `LeadFiling`, handed in by
// src/routes.ts, so the case module never imports the leads module (leads → cases is the allowed
// direction: vetting a lead files a case).
import { openingAction } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { defineWrite } from '../../platform/route';
import { assertStrictPayload } from './commands/assert-strict-payload';
import { caseActorOf } from './case-actor';
import { commandResponse } from './commands/command-response';
import { assertLeadOpen, createCase } from './commands/create-case';
import { createCaseBody, createCaseResult } from '@zhifa/contract';

const tags = ['案件办理'];

export interface LeadFiling {
  markFiled(
    tx: Tx,
    leadId: string,
    caseId: string,
    actor: { userId: string; name: string },
    today: string,
    now: Date,
  ): Promise<void>;
}

export function createCaseRoute(leads: LeadFiling) {
  return defineWrite({
    method: 'POST',
    url: '/api/cases',
    access: 'case:handle',
    summary: '新建案件：简易程序当场处罚（decideOnTheSpot）或普通程序立案申请（fileCase）',
    tags,
    body: createCaseBody,
    response: createCaseResult,
    successStatus: 201,
    auditEvent: 'case.created',
    handler: async (ctx) => {
      assertStrictPayload(openingAction(ctx.body.procedure), ctx.body.payload);
      const { uow } = ctx;
      const actor = caseActorOf(ctx.actor!);
      const leadId = typeof ctx.body.payload.leadId === 'string' ? ctx.body.payload.leadId : undefined;
      if (leadId) await assertLeadOpen(ctx.tx, actor, leadId);
      const out = await createCase(uow, actor, {
        procedure: ctx.body.procedure,
        payload: ctx.body.payload,
        ...(leadId ? { leadId } : {}),
      });
      if (leadId)
        await leads.markFiled(
          ctx.tx,
          leadId,
          out.caseId,
          { userId: actor.userId, name: actor.name },
          uow.today,
          uow.now,
        );
      ctx.audited({
        objectType: 'case',
        objectId: out.caseId,
        details: { number: out.number, procedure: ctx.body.procedure, type: out.state.history[0]?.type },
      });
      return { id: out.caseId, number: out.number, ...commandResponse(out) };
    },
  });
}
