import { mayManageItemOf } from '@zhifa/domain';
import { forbidden } from '../../platform/errors';
import type { RouteContext, SessionActor } from '../../platform/route';
import type { Department } from './prepare-item';

/**
 * The route's permission (item:manage) and its data scope come first; then 谁主管、谁维护: a
 * department officer edits only the items of their own department.
 */
export function assertMayManage(
  ctx: Pick<RouteContext<unknown, unknown, unknown>, 'authorize'>,
  actor: SessionActor | null,
  department: Pick<Department, 'id' | 'regionCode' | 'name'>,
): void {
  ctx.authorize({ agencyId: department.id, regionCode: department.regionCode });
  if (!actor || !mayManageItemOf(actor, department.id)) {
    throw forbidden(
      `只能维护本部门的执法事项（${department.name}的事项由该部门或县依法治县办维护）`,
      'ITEM_NOT_OWN_DEPARTMENT',
    );
  }
}
