// 裁量基准库: the benchmarks of the catalogue's items, their versions and tables, JSON import and
// export, and the version editor with the save-time report (docs/BENCHMARK-FORMATS.md).
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Modal, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { BENCHMARK_OUTCOME_LABELS, type BenchmarkFile, type BenchmarkOutcomeKind } from '@zhifa/domain';
import type { BenchmarkSummary } from '@zhifa/contract';
import { useState } from 'react';
import { ApiError, newIdempotencyKey } from '../../../api/client';
import { showSuccess } from '../../../app/feedback';
import { useCan } from '../../../app/session';
import { FilterSearch } from '../../../shared/list/filters';
import { ListPage } from '../../../shared/list/ListPage';
import { useUrlParams } from '../../../shared/useUrlParams';
import { BenchmarkDrawer } from './BenchmarkDrawer';
import { VersionEditor, type EditorTarget } from './VersionEditor';
import { importBenchmarkFile, useBenchmarks } from './queries';
import '../catalogue.css';

interface ImportProblem {
  where: string;
  column?: string;
  message: string;
}

export default function BenchmarksPage() {
  const can = useCan();
  const manage = can('item:manage');
  const url = useUrlParams({ resetPage: false });
  const q = url.get('q');
  const list = useBenchmarks({ q });
  const queryClient = useQueryClient();
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);

  const importFile = async (file: File) => {
    let parsed: BenchmarkFile;
    try {
      parsed = JSON.parse(await file.text()) as BenchmarkFile;
    } catch {
      setProblems([{ where: file.name, message: '文件不是有效的 JSON，请使用导出的格式（见格式说明）' }]);
      return;
    }
    try {
      const r = await importBenchmarkFile(parsed, newIdempotencyKey());
      showSuccess(`已导入 ${r.benchmarks} 项裁量基准，新增 ${r.versions} 个版本`);
      void queryClient.invalidateQueries({ queryKey: ['benchmarks'] });
    } catch (e) {
      const details = e instanceof ApiError ? (e.details as { problems?: ImportProblem[] } | undefined) : undefined;
      setProblems(details?.problems ?? [{ where: file.name, message: e instanceof Error ? e.message : String(e) }]);
    }
  };

  const columns: ColumnsType<BenchmarkSummary> = [
    {
      title: '事项',
      dataIndex: 'itemName',
      width: 320,
      render: (name: string, b) => (
        <div>
          <Typography.Link className="cell-strong" onClick={() => setOpenId(b.id)}>
            {b.violation}
          </Typography.Link>
          <div className="cell-sub">
            <span className="mono">{b.itemCode}</span> {name}
          </div>
        </div>
      ),
    },
    {
      title: '现行版本',
      dataIndex: 'current',
      render: (c: BenchmarkSummary['current']) =>
        c ? (
          <div>
            <div>{c.title}</div>
            <div className="cell-sub">
              {c.documentNumber}，{c.effectiveFrom} 起施行{c.effectiveTo ? `，至 ${c.effectiveTo}` : ''}
            </div>
          </div>
        ) : (
          <Typography.Text type="secondary">当前无施行版本</Typography.Text>
        ),
    },
    {
      title: '计罚方式',
      dataIndex: ['current', 'outcomeKinds'],
      width: 220,
      render: (kinds: BenchmarkOutcomeKind[] | undefined) =>
        (kinds ?? []).map((k) => <Tag key={k}>{BENCHMARK_OUTCOME_LABELS[k]}</Tag>),
    },
    { title: '档次', dataIndex: ['current', 'tiers'], width: 70 },
    { title: '版本数', dataIndex: 'versions', width: 80 },
  ];

  return (
    <ListPage<BenchmarkSummary>
      query={list}
      exportHref="/api/benchmarks/export.json"
      filters={
        <FilterSearch value={q} onSearch={(v) => url.set('q', v || undefined)} placeholder="事项编码、事项或违法行为" />
      }
      actions={
        manage ? (
          <>
            <Link to="/benchmarks/import">
              <Button icon={<UploadOutlined />}>导入（Excel）</Button>
            </Link>
            <Button href="/api/benchmarks/export" icon={<DownloadOutlined />}>
              导出（Excel）
            </Button>
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(f) => (void importFile(f), false)}
            >
              <Button icon={<UploadOutlined />}>导入（JSON）</Button>
            </Upload>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })}>
              新增裁量基准
            </Button>
          </>
        ) : undefined
      }
      table={{ columns, dataSource: list.data ?? [], loading: list.isFetching, pagination: { pageSize: 20 } }}
    >
      <BenchmarkDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onNewVersion={manage ? (target) => setEditing(target) : undefined}
      />
      {editing && (
        <VersionEditor
          target={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void queryClient.invalidateQueries({ queryKey: ['benchmarks'] });
          }}
        />
      )}
      <Modal
        open={problems !== null}
        title="导入未完成：文件有错误，未导入任何裁量基准"
        footer={null}
        onCancel={() => setProblems(null)}
        width={800}
      >
        <Table<ImportProblem>
          rowKey={(p) => `${p.where}-${p.column ?? ''}-${p.message}`}
          size="small"
          pagination={false}
          dataSource={problems ?? []}
          columns={[
            { title: '位置', dataIndex: 'where', width: 240 },
            { title: '列', dataIndex: 'column', width: 90 },
            { title: '错误', dataIndex: 'message' },
          ]}
        />
      </Modal>
    </ListPage>
  );
}
