// The fine against the law, live in the decision forms (行政处罚法 第29–32条, 第37条): the item's
// provisions for the party's type in force at the act (and the current ones when they differ),
// and the same check the server runs, so the officer sees the refusal before submitting.
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import {
  checkFinesAgainstLaw,
  describeFineProvision,
  provisionsInForce,
  type CasePartyKind,
  type FineLawInput,
  type ItemFineProvisions,
} from '@zhifa/domain';
import { api } from '../../../api/client';

const PARTY: Record<CasePartyKind, string> = { person: '个人', organisation: '单位' };

export function useFineProvisions(codes: readonly string[]) {
  const key = [...codes].sort().join(',');
  return useQuery({
    queryKey: ['cases', 'fine-provisions', key],
    queryFn: ({ signal }) => api.get<ItemFineProvisions[]>('/api/items/fine-provisions', { codes: key }, signal),
    enabled: codes.length > 0,
    staleTime: 5 * 60_000,
  });
}

/** The refusals the server would give for the fine lines; empty until the provisions are loaded. */
export function fineRefusals(items: ItemFineProvisions[] | undefined, input: Omit<FineLawInput, 'items'>) {
  if (!items || !input.penalty.lines.some((l) => l.kind === 'fine' && typeof l.amount === 'number')) return [];
  return checkFinesAgainstLaw({ ...input, items }).refusals;
}

/** 法定罚款幅度 of each item for the party type, at the act and now. */
export function FineProvisionsHint({
  items,
  partyKind,
  actDate,
  today,
}: {
  items: ItemFineProvisions[] | undefined;
  partyKind: CasePartyKind;
  actDate: string | null;
  today: string;
}) {
  if (!items || items.length === 0) return null;
  const lines = items.flatMap((item) => {
    const atAct = provisionsInForce(item.provisions, partyKind, actDate ?? today);
    const now = provisionsInForce(item.provisions, partyKind, today);
    const changed = now.length !== atAct.length || now.some((p) => !atAct.includes(p));
    const text = (ps: typeof atAct) =>
      ps.length ? ps.map(describeFineProvision).join('；') : `对${PARTY[partyKind]}没有罚款的规定`;
    return [
      `${item.name}：${text(atAct)}${actDate && changed ? `（违法行为发生时 ${actDate} 的规定）` : ''}`,
      ...(changed ? [`现行规定：${text(now)}。新规定较轻的，适用新规定（行政处罚法 第37条）`] : []),
    ];
  });
  return (
    <Alert
      type="info"
      showIcon
      className="form-hint fine-provisions"
      title={`法定罚款幅度（对${PARTY[partyKind]}）`}
      description={
        <ul className="refusal-list">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      }
    />
  );
}
