import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, DatePicker, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { QueryError } from '../../shared/QueryError';
import { useConsistency } from './queries';

const VIOLATION_LABELS = { notInCatalogue: '不在目录或已停用', countyReserved: '县级保留事项' } as const;

/** Each township's exercisable items must be in the catalogue and none may be county-reserved. */
export function ConsistencyTab() {
  const [date, setDate] = useState<string>();
  const report = useConsistency(date);
  const total = report.data?.townships.reduce((n, t) => n + t.violations.length, 0) ?? 0;
  return (
    <>
      <div className="table-toolbar">
        <Space wrap>
          <span>检查日期</span>
          <DatePicker
            allowClear
            placeholder="今天"
            value={date ? dayjs(date) : null}
            onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : undefined)}
          />
        </Space>
      </div>
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data &&
        (total === 0 ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            title={`${report.data.date}：各乡镇可行使事项均在目录中，且不含县级保留事项`}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            title={`${report.data.date}：发现 ${total} 处不一致，请收回相关事项或修正目录`}
            className="form-alert"
          />
        ))}
      {report.data && (
        <List
          dataSource={report.data.townships}
          renderItem={(t) => (
            <List.Item>
              <div className="full-width">
                <Space>
                  <span className="cell-strong">{t.agencyName}</span>
                  <Typography.Text type="secondary">可行使 {t.exercisableCount} 项</Typography.Text>
                  {t.violations.length === 0 ? (
                    <Tag color="green">一致</Tag>
                  ) : (
                    <Tag color="red">{t.violations.length} 处问题</Tag>
                  )}
                </Space>
                {t.violations.length > 0 && (
                  <ul className="violation-list">
                    {t.violations.map((v) => (
                      <li key={`${v.itemCode}-${v.code}`}>
                        <Tag color="red">{VIOLATION_LABELS[v.code]}</Tag>
                        <span className="mono">{v.itemCode}</span> {v.itemName ?? ''}：{v.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
