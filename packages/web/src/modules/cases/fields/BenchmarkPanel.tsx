// The discretion benchmark in the notice, decision and on-the-spot forms (行政处罚法 第34条, 第37条):
// the facts the benchmark reads, the server's calculator answer (version, tier and why, allowed
// range, the sentence for the decision), and — in a decision — the applied result kept with the
// payload and a required reason when the fine leaves the range (then, in the ordinary procedure,
// legal review is mandatory, 第58条; the summary procedure has none).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Collapse, Descriptions, Form, Input, InputNumber, Row, Select, Tag } from 'antd';
import {
  BENCHMARK_BASES,
  BENCHMARK_BASE_LABELS,
  BENCHMARK_HARMS,
  BENCHMARK_HARM_LABELS,
  BENCHMARK_TIER_LABELS,
  EXEMPTION_LIST_LABELS,
  type ExemptionList,
  type PenaltyLine,
} from '@zhifa/domain';
import type { CaseBenchmarkView } from '@zhifa/contract';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../../api/client';

/** Where the calculator reads the case from: a case, or (before one exists) the item, party and act date. */
export type BenchmarkSource =
  | { caseId: string }
  | { item: { itemCode: string; partyKind: string; birthDate?: string | undefined; actDate: string } | null };

function request(source: BenchmarkSource, query: Record<string, string>): [string, Record<string, string>] | null {
  if ('caseId' in source) return [`/api/cases/${source.caseId}/benchmark`, query];
  if (!source.item) return null;
  const { itemCode, partyKind, birthDate, actDate } = source.item;
  return ['/api/benchmarks/calculate', { ...query, itemCode, partyKind, actDate, ...(birthDate ? { birthDate } : {}) }];
}

const { TextArea } = Input;

const MEASURES = [
  ['area', '面积（平方米）'],
  ['volume', '体积（立方米）'],
  ['amount', '涉案金额（元）'],
  ['duration', '持续时间（日）'],
  ['quantity', '数量'],
  ['breaches', '违法处数/次数'],
] as const;

type Facts = Record<string, unknown> & { bases?: Record<string, number | undefined> };

function queryOf(facts: Facts | undefined, benchmarkId: string | undefined, mitigating: boolean) {
  const q: Record<string, string> = {};
  if (benchmarkId) q.benchmarkId = benchmarkId;
  if (mitigating) q.mitigating = 'true';
  for (const [k, v] of Object.entries(facts ?? {})) {
    if (k === 'bases') continue;
    if (typeof v === 'boolean') q[k] = String(v);
    else if (typeof v === 'number' || (typeof v === 'string' && v)) q[k] = String(v);
  }
  for (const [k, v] of Object.entries(facts?.bases ?? {})) if (typeof v === 'number') q[k] = String(v);
  return q;
}

const yuan = (n: number) => `${n.toLocaleString('zh-CN')}元`;

function fineTotal(lines: PenaltyLine[] | undefined): number | null {
  const fines = (lines ?? []).filter((l) => l?.kind === 'fine' && typeof l.amount === 'number');
  return fines.length ? fines.reduce((s, l) => s + (l.kind === 'fine' ? (l.amount ?? 0) : 0), 0) : null;
}

/**
 * `factsName`: where the facts live in the form (the decision keeps them in its payload; the notice
 * strips them). `decision`: also keep the applied result and ask for a reason outside the range,
 * under `at` (the ordinary decision's ['discretion'], the on-the-spot form's top level).
 * `legalReview`: a departure also goes to legal review (the ordinary procedure). `autoApply`: the
 * tier and the sentence follow the answer (the on-the-spot form has no separate fields for them).
 * `proposal`: the notice, whose intended fine is the penalty proposed (第44条).
 */
export function BenchmarkPanel({
  source,
  factsName,
  linesName,
  fineName,
  decision,
  at = ['discretion'],
  legalReview = true,
  autoApply,
  proposal,
}: {
  source: BenchmarkSource;
  factsName: (string | number)[];
  /** The penalty's lines (notice, decision), or a single fine amount (the on-the-spot form). */
  linesName?: (string | number)[];
  fineName?: (string | number)[];
  decision?: boolean;
  at?: string[];
  legalReview?: boolean;
  autoApply?: boolean;
  /** The notice: the result and the reason are kept, but it states no tier or sentence of its own. */
  proposal?: boolean;
}) {
  const form = Form.useFormInstance();
  // `at` is a literal in each form: its parts, not its identity, matter to the effects below.
  const atKey = at.join('.');
  const base = useMemo(() => (atKey ? atKey.split('.') : []), [atKey]);
  const facts = Form.useWatch(factsName, form) as Facts | undefined;
  const watched = Form.useWatch(linesName ?? fineName ?? [], form) as unknown;
  const mitigating = (Form.useWatch(['circumstances', 'mitigating'], form) as unknown[] | undefined)?.length ?? 0;
  const [benchmarkId, setBenchmarkId] = useState<string | undefined>(undefined);
  const autoTier = useRef<string | undefined>(undefined);
  const asked = request(source, queryOf(facts, benchmarkId, mitigating > 0));
  const answer = useQuery({
    queryKey: ['benchmark', asked?.[0], JSON.stringify(asked?.[1] ?? null)],
    queryFn: ({ signal }) => api.get<CaseBenchmarkView>(asked![0], asked![1], signal),
    enabled: asked !== null,
    staleTime: 30_000,
    // The facts change the query: the panel keeps the last answer while the next one loads.
    placeholderData: keepPreviousData,
  });
  const result = answer.data?.result ?? null;
  const total = linesName
    ? fineTotal(watched as PenaltyLine[] | undefined)
    : typeof watched === 'number'
      ? watched
      : null;
  const outsideRange = !!(
    result?.allowed &&
    total !== null &&
    (total < result.allowed.min || total > result.allowed.max)
  );
  // On the spot the tier has a field only for a minor: watched from the store.
  const chosenTier = Form.useWatch([...base, 'tier'], { form, preserve: true }) as string | undefined;
  // Another tier than the benchmark's is a departure too (the server asks for the same reason).
  const otherTier = !!(
    decision &&
    result?.tier &&
    result.tier !== 'noPenalty' &&
    chosenTier &&
    chosenTier !== result.tier
  );
  const outside = outsideRange || otherTier;

  useEffect(() => {
    if (!decision) return;
    form.setFieldValue(
      [...base, 'applied'],
      result
        ? {
            benchmarkId: result.benchmarkId,
            versionId: result.versionId,
            title: result.title,
            documentNumber: result.documentNumber,
            itemNo: result.itemNo,
            ...(result.tierNo !== null ? { tierNo: result.tierNo } : {}),
            ...(result.sourceLabel !== null ? { sourceLabel: result.sourceLabel } : {}),
            ...(result.allowed ? { allowedMin: result.allowed.min, allowedMax: result.allowed.max } : {}),
            ...(total !== null ? { amount: total } : {}),
          }
        : undefined,
    );
  }, [decision, form, result, total, base]);
  useEffect(() => {
    // A reason is stated only for a fine outside the range.
    if (decision && !outside) form.setFieldValue([...base, 'deviationReason'], undefined);
  }, [decision, form, outside, base]);
  useEffect(() => {
    if (!autoApply) return;
    form.setFieldValue([...base, 'benchmarkApplication'], result?.explanation);
    // A tier the officer chose (第30条 on the spot: 从轻 or 减轻 for a minor) is kept; one this
    // panel set follows the answer.
    const current = form.getFieldValue([...base, 'tier']) as string | undefined;
    if (current !== undefined && current !== autoTier.current) return;
    const next = result?.tier && result.tier !== 'noPenalty' ? result.tier : undefined;
    autoTier.current = next;
    form.setFieldValue([...base, 'tier'], next);
  }, [autoApply, form, result, base]);

  // Nothing until the answer is in, and nothing for items without a benchmark.
  if (!answer.data || answer.data.benchmarks.length === 0) return null;
  const applyToForm = () => {
    if (!result) return;
    form.setFieldValue([...base, 'benchmarkApplication'], result.explanation);
    if (result.tier && result.tier !== 'noPenalty') form.setFieldValue([...base, 'tier'], result.tier);
  };

  return (
    <div className="benchmark-panel" data-testid="benchmark-panel">
      {answer.data && answer.data.benchmarks.length > 1 && (
        <Form.Item label="适用的裁量基准">
          <Select
            value={benchmarkId ?? answer.data.benchmarks[0]?.id}
            onChange={setBenchmarkId}
            options={answer.data.benchmarks.map((b) => ({ value: b.id, label: `${b.itemCode} ${b.violation}` }))}
          />
        </Form.Item>
      )}
      <Collapse
        size="small"
        defaultActiveKey={['facts']}
        items={[
          {
            key: 'facts',
            label: '裁量事实（裁量基准据以确定阶次）',
            children: (
              <Row gutter={12}>
                <Col xs={12} md={6}>
                  <Form.Item name={[...factsName, 'correctedInTime']} label="是否及时改正">
                    <Select
                      allowClear
                      options={[
                        { value: true, label: '已及时改正' },
                        { value: false, label: '未及时改正' },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[...factsName, 'harm']} label="危害后果">
                    <Select
                      allowClear
                      options={BENCHMARK_HARMS.map((h) => ({ value: h, label: BENCHMARK_HARM_LABELS[h] }))}
                    />
                  </Form.Item>
                </Col>
                {MEASURES.map(([name, label]) => (
                  <Col xs={12} md={6} key={name}>
                    <Form.Item name={[...factsName, name]} label={label}>
                      <InputNumber
                        min={name === 'breaches' ? 1 : 0}
                        precision={name === 'breaches' ? 0 : 2}
                        className="full-width"
                      />
                    </Form.Item>
                  </Col>
                ))}
                {BENCHMARK_BASES.map((b) => (
                  <Col xs={12} md={6} key={b}>
                    <Form.Item name={[...factsName, 'bases', b]} label={`${BENCHMARK_BASE_LABELS[b]}（元）`}>
                      <InputNumber min={0} precision={2} className="full-width" />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            ),
          },
        ]}
      />
      {result && (
        <Alert
          className="form-hint"
          type={outside ? 'warning' : 'info'}
          showIcon
          title={`裁量基准：《${result.title}》（${result.documentNumber}）第${result.itemNo}项`}
          description={
            <>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="适用版本">
                  自 {result.effectiveFrom} 起施行；{result.versionReason}
                </Descriptions.Item>
                <Descriptions.Item label="裁量阶次">
                  {result.tier ? <Tag color="blue">{BENCHMARK_TIER_LABELS[result.tier]}</Tag> : '未能确定'}
                  {result.sourceLabel && `基准表述：${result.sourceLabel}`}
                  {result.exemption && `（${EXEMPTION_LIST_LABELS[result.exemption as ExemptionList]}清单）`}
                </Descriptions.Item>
                {result.reasons.length > 0 && (
                  <Descriptions.Item label="理由">{result.reasons.join('；')}</Descriptions.Item>
                )}
                {result.override && (
                  <Descriptions.Item label="法定情形">
                    {result.override.article}：{result.override.text}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="允许罚款">
                  <span data-testid="benchmark-allowed">
                    {result.allowed
                      ? result.allowed.min === result.allowed.max
                        ? yuan(result.allowed.min)
                        : `${yuan(result.allowed.min)} 至 ${yuan(result.allowed.max)}`
                      : result.tier === 'noPenalty'
                        ? '不予处罚'
                        : `缺少：${result.missingFacts.join('、') || '裁量事实'}`}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label="适用说明">
                  <span data-testid="benchmark-explanation">{result.explanation}</span>
                </Descriptions.Item>
              </Descriptions>
              {result.mayNotPenalise && (
                <div>当事人初次违法、危害后果轻微并及时改正，可以不予行政处罚（行政处罚法 第33条第1款）。</div>
              )}
              {outsideRange && (
                <div>
                  罚款 {yuan(total ?? 0)} 不在裁量基准允许的幅度内：应当书面说明理由
                  {legalReview ? '，并经法制审核（行政处罚法 第58条）' : '（行政处罚法 第34条）'}。
                </div>
              )}
              {otherTier && result.tier && (
                <div>
                  所选裁量阶次与裁量基准的“{BENCHMARK_TIER_LABELS[result.tier]}”不同：应当书面说明理由
                  {legalReview ? '，并经法制审核' : ''}。
                </div>
              )}
              {decision && !autoApply && !proposal && (
                <Button size="small" onClick={applyToForm}>
                  采用裁量阶次和适用说明
                </Button>
              )}
            </>
          }
        />
      )}
      {decision && outside && (
        <Form.Item
          name={[...base, 'deviationReason']}
          label="偏离裁量基准的理由"
          rules={[{ required: true, whitespace: true, message: '罚款不在裁量基准幅度内，请书面说明理由' }]}
        >
          <TextArea rows={2} maxLength={5000} />
        </Form.Item>
      )}
    </div>
  );
}
