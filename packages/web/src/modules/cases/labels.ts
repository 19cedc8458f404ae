import { CASE_STATUSES, type CasePhase, type CaseProcedure, type CaseStatus } from '@zhifa/domain';

export const PHASE_LABELS: Record<CasePhase, string> = {
  filing: '立案',
  investigation: '调查取证',
  notice: '告知',
  hearing: '听证',
  review: '法制审核',
  decision: '决定',
  service: '送达',
  execution: '执行',
  closure: '结案归档',
};

const ORDINARY_PHASES: CasePhase[] = [
  'filing',
  'investigation',
  'notice',
  'hearing',
  'review',
  'decision',
  'service',
  'execution',
  'closure',
];
const SUMMARY_PHASES: CasePhase[] = ['decision', 'service', 'execution', 'closure'];
const SUMMARY_PHASE_LABELS: Partial<Record<CasePhase, string>> = {
  decision: '当场决定',
  service: '当场交付',
  execution: '备案与执行',
};

export function procedurePhases(procedure: CaseProcedure): { phase: CasePhase; title: string }[] {
  const phases = procedure === 'summary' ? SUMMARY_PHASES : ORDINARY_PHASES;
  return phases.map((phase) => ({
    phase,
    title: (procedure === 'summary' && SUMMARY_PHASE_LABELS[phase]) || PHASE_LABELS[phase],
  }));
}

const PHASE_COLORS: Record<CasePhase, string> = {
  filing: 'default',
  investigation: 'blue',
  notice: 'geekblue',
  hearing: 'purple',
  review: 'magenta',
  decision: 'gold',
  service: 'cyan',
  execution: 'orange',
  closure: 'green',
};

export function statusColor(status: CaseStatus): string {
  if (status === 'filingRefused') return 'red';
  if (status === 'overdue' || status === 'courtEnforcement') return 'red';
  if (status === 'archived') return 'success';
  const spec = CASE_STATUSES[status];
  return spec ? PHASE_COLORS[spec.phase] : 'default';
}

/** "a1b2c3d4…9f0e" — enough of a SHA-256 to compare by eye. */
export function shortHash(hash: string | null | undefined): string {
  if (!hash) return '—';
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

export function formatYuan(n: number): string {
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}
