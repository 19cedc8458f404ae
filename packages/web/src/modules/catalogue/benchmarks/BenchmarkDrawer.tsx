// One benchmark: its versions, each with the table's rows (the source's label mapped onto our
// tier, the conditions, the outcome), the exemption lists and the save-time report.
import { Alert, Button, Descriptions, Drawer, Table, Tabs, Tag } from 'antd';
import {
  BENCHMARK_TIER_LABELS,
  EXEMPTION_LIST_LABELS,
  conditionText,
  outcomeText,
  type BenchmarkTierRow,
} from '@zhifa/domain';
import { QueryError } from '../../../shared/QueryError';
import { FindingList } from './FindingList';
import type { EditorTarget } from './VersionEditor';
import { useBenchmark } from './queries';

function outcomeCell(t: BenchmarkTierRow): string {
  const main = outcomeText(t.outcome);
  const parts = [
    t.byParty?.organisation ? `单位：${outcomeText(t.byParty.organisation)}` : null,
    t.byParty?.person ? `个人：${outcomeText(t.byParty.person)}` : null,
  ].filter(Boolean);
  return parts.length ? (t.byParty?.organisation ? parts.join('；') : `${main}；${parts.join('；')}`) : main;
}

export function BenchmarkDrawer({
  id,
  onClose,
  onNewVersion,
}: {
  id: string | null;
  onClose: () => void;
  onNewVersion?: ((target: EditorTarget) => void) | undefined;
}) {
  const detail = useBenchmark(id);
  const d = detail.data;
  const latest = d?.versions.at(-1);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={d ? `${d.itemCode} ${d.violation}` : '裁量基准'}
      extra={
        onNewVersion && d && latest ? (
          <Button onClick={() => onNewVersion({ kind: 'version', benchmarkId: d.id, from: latest.content })}>
            新增版本
          </Button>
        ) : null
      }
    >
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {d && (
        <Tabs
          defaultActiveKey={latest?.id}
          items={d.versions.map((v) => ({
            key: v.id,
            label: `第${v.versionNo}版 ${v.content.effectiveFrom}`,
            children: (
              <>
                <Descriptions size="small" column={1} bordered>
                  <Descriptions.Item label="基准">
                    《{v.content.title}》第{v.content.itemNo}项
                  </Descriptions.Item>
                  <Descriptions.Item label="制定机关、文号">
                    {v.content.issuer}，{v.content.documentNumber}
                  </Descriptions.Item>
                  <Descriptions.Item label="施行期间">
                    {v.content.effectiveFrom} 起{v.content.effectiveTo ? `至 ${v.content.effectiveTo}` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="法定幅度">
                    {v.content.legalRange.base
                      ? outcomeText({
                          kind: 'ofBase',
                          base: v.content.legalRange.base,
                          factorMin: v.content.legalRange.min,
                          factorMax: v.content.legalRange.max,
                          style: v.content.legalRange.max < 1 ? 'percent' : 'multiple',
                        })
                      : `${v.content.legalRange.min}元至${v.content.legalRange.max}元`}
                    {v.content.legalRange.person &&
                      `；个人 ${v.content.legalRange.person.min}元至${v.content.legalRange.person.max}元`}
                  </Descriptions.Item>
                  <Descriptions.Item label="初次违法的回溯期">
                    {v.content.lookBackMonths ? `${v.content.lookBackMonths}个月` : '不限'}
                  </Descriptions.Item>
                </Descriptions>
                <Table<BenchmarkTierRow>
                  className="form-hint"
                  rowKey="no"
                  size="small"
                  pagination={false}
                  dataSource={v.content.tiers}
                  columns={[
                    { title: '序号', dataIndex: 'no', width: 60 },
                    { title: '基准表述', dataIndex: 'sourceLabel', width: 160 },
                    {
                      title: '裁量阶次',
                      dataIndex: 'tier',
                      width: 90,
                      render: (t: BenchmarkTierRow['tier']) => <Tag>{BENCHMARK_TIER_LABELS[t]}</Tag>,
                    },
                    {
                      title: '适用条件（任一组成立即适用）',
                      dataIndex: 'when',
                      render: (w: BenchmarkTierRow['when']) =>
                        w.length ? w.map((c, i) => <div key={i}>{conditionText(c)}</div>) : '无条件',
                    },
                    { title: '处罚标准', key: 'outcome', render: (_: unknown, t) => outcomeCell(t) },
                  ]}
                />
                {(v.content.exemptions ?? []).map((e, i) => (
                  <Alert
                    key={i}
                    className="form-hint"
                    type="success"
                    title={`${EXEMPTION_LIST_LABELS[e.list]}：${e.when.map(conditionText).join('，或 ')}`}
                    description={e.note}
                  />
                ))}
                <h4>保存时的检查</h4>
                <FindingList findings={v.findings} />
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
