import { Progress, Steps } from 'antd';
import { CASE_STATUSES, type CaseState } from '@zhifa/domain';
import { useIsMobile } from '../../../shared/useIsMobile';
import { procedurePhases } from '../labels';

/** Where the case stands among the procedure's phases; 听证 shows as skipped when none was requested. */
export function PhaseSteps({ state }: { state: CaseState }) {
  const isMobile = useIsMobile();
  const phases = procedurePhases(state.procedure);
  const spec = CASE_STATUSES[state.status];
  const index = Math.max(
    0,
    phases.findIndex((p) => p.phase === spec.phase),
  );
  const refused = state.status === 'filingRefused';
  const done = state.status === 'archived';
  if (isMobile) {
    const step = done ? phases.length : index + 1;
    return (
      <div className="phase-progress">
        <Progress
          steps={phases.length}
          percent={Math.round((step / phases.length) * 100)}
          showInfo={false}
          status={refused ? 'exception' : 'normal'}
          size={[20, 8]}
        />
        <span className="phase-progress-text">
          {done ? '已归档' : `第 ${step}/${phases.length} 阶段：${phases[index]?.title}`}
        </span>
      </div>
    );
  }
  const items = phases.map((p, i) => {
    const skipped = p.phase === 'hearing' && !state.hearing && i < index;
    const status: 'finish' | 'process' | 'wait' | 'error' =
      done || i < index ? 'finish' : i === index ? (refused ? 'error' : 'process') : 'wait';
    return { title: p.title, status, ...(skipped ? { content: '未申请' } : {}) };
  });
  return (
    <Steps
      className="phase-steps"
      size="small"
      current={done ? phases.length : index}
      items={items}
      responsive={false}
    />
  );
}
