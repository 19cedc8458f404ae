// The save-time report of a benchmark table: errors, gaps, overlaps and touching ends.
import { Alert } from 'antd';
import type { BenchmarkFindingView } from '@zhifa/contract';

const SEVERITY: Record<BenchmarkFindingView['severity'], 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  note: 'info',
};

export function FindingList({ findings }: { findings: BenchmarkFindingView[] }) {
  if (findings.length === 0) return <Alert type="success" showIcon title="档次衔接完整：无空档、无重叠" />;
  return (
    <>
      {findings.map((f, i) => (
        <Alert key={i} type={SEVERITY[f.severity]} showIcon title={f.message} className="form-hint" />
      ))}
    </>
  );
}
