// The version editor: the table's header (title, issuer, 文号, dates, legal range) and its rows
// (source label, our tier, one set of conditions, the outcome, a separate 个人 amount), with the
// save-time report live from the domain's check. Rows with several alternative condition sets and
// exemption lists are edited in the JSON tab (the exchange format, docs/BENCHMARK-FORMATS.md).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Tabs } from 'antd';
import {
  BENCHMARK_BASES,
  BENCHMARK_BASE_LABELS,
  BENCHMARK_HARMS,
  BENCHMARK_HARM_LABELS,
  BENCHMARK_MEASURES,
  BENCHMARK_MEASURE_LABELS,
  BENCHMARK_OUTCOME_LABELS,
  BENCHMARK_TIERS,
  BENCHMARK_TIER_LABELS,
  checkBenchmarkVersion,
  versionSchema,
  type BenchmarkConditionSet,
  type BenchmarkOutcome,
  type BenchmarkTierRow,
  type BenchmarkVersionContent,
} from '@zhifa/domain';
import { useMemo, useState } from 'react';
import { ApiError, newIdempotencyKey } from '../../../api/client';
import { showSuccess } from '../../../app/feedback';
import { FindingList } from './FindingList';
import { saveBenchmark } from './queries';

export type EditorTarget = { kind: 'new' } | { kind: 'version'; benchmarkId: string; from: BenchmarkVersionContent };

type Yes = 'yes' | 'no' | undefined;
interface TierValues {
  no?: number;
  sourceLabel?: string;
  tier?: BenchmarkTierRow['tier'];
  firstOffence?: Yes;
  priorMin?: number;
  priorMax?: number;
  correctedInTime?: Yes;
  harmAtMost?: BenchmarkConditionSet['harmAtMost'];
  harmAtLeast?: BenchmarkConditionSet['harmAtLeast'];
  measure?: (typeof BENCHMARK_MEASURES)[number];
  bandMin?: number;
  bandMax?: number;
  bandMinOpen?: boolean;
  partyType?: 'organisation' | 'person';
  kind?: BenchmarkOutcome['kind'];
  amount?: number;
  min?: number;
  max?: number;
  unit?: string;
  base?: (typeof BENCHMARK_BASES)[number];
  style?: 'percent' | 'multiple';
  start?: number;
  perFurther?: number;
  cap?: number;
  personMin?: number;
  personMax?: number;
}
interface EditorValues {
  itemCode?: string;
  violation?: string;
  title?: string;
  issuer?: string;
  documentNumber?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  itemNo?: number;
  legalMin?: number;
  legalMax?: number;
  legalBase?: (typeof BENCHMARK_BASES)[number];
  personLegalMin?: number;
  personLegalMax?: number;
  lookBackMonths?: number;
  tiers?: TierValues[];
}

const yes = (v: Yes) => (v === undefined ? undefined : v === 'yes');
const toYes = (v: boolean | undefined): Yes => (v === undefined ? undefined : v ? 'yes' : 'no');
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;

function outcomeOf(t: TierValues): BenchmarkOutcome {
  switch (t.kind) {
    case 'noPenalty':
      return { kind: 'noPenalty' };
    case 'fixed':
      return { kind: 'fixed', amount: t.amount ?? 0 };
    case 'perUnit':
      return {
        kind: 'perUnit',
        measure: t.measure ?? 'area',
        unit: t.unit ?? '元/平方米',
        rateMin: t.min ?? 0,
        rateMax: t.max ?? 0,
      };
    case 'ofBase':
      return {
        kind: 'ofBase',
        base: t.base ?? 'illegalIncome',
        factorMin: t.min ?? 0,
        factorMax: t.max ?? 0,
        style: t.style ?? 'multiple',
      };
    case 'additive':
      return { kind: 'additive', start: t.start ?? 0, perFurther: t.perFurther ?? 0, cap: t.cap ?? 0 };
    default:
      return { kind: 'range', min: t.min ?? 0, max: t.max ?? 0 };
  }
}

function tierOf(t: TierValues, i: number): BenchmarkTierRow {
  const band =
    t.measure && (t.bandMin !== undefined || t.bandMax !== undefined)
      ? { [t.measure]: defined({ min: t.bandMin, max: t.bandMax, minOpen: t.bandMinOpen || undefined }) }
      : {};
  const when = defined({
    firstOffence: yes(t.firstOffence),
    priorOffences:
      t.priorMin !== undefined || t.priorMax !== undefined ? defined({ min: t.priorMin, max: t.priorMax }) : undefined,
    correctedInTime: yes(t.correctedInTime),
    harmAtMost: t.harmAtMost,
    harmAtLeast: t.harmAtLeast,
    partyType: t.partyType,
    ...band,
  }) as BenchmarkConditionSet;
  const person =
    t.personMin !== undefined && t.personMax !== undefined
      ? t.personMin === t.personMax
        ? ({ kind: 'fixed', amount: t.personMin } as const)
        : ({ kind: 'range', min: t.personMin, max: t.personMax } as const)
      : undefined;
  return {
    no: t.no ?? i + 1,
    sourceLabel: t.sourceLabel ?? '',
    tier: t.tier ?? 'standard',
    when: Object.keys(when).length ? [when] : [],
    outcome: outcomeOf(t),
    ...(person ? { byParty: { person } } : {}),
  };
}

function contentOf(v: EditorValues, exemptions: BenchmarkVersionContent['exemptions']): unknown {
  return defined({
    title: v.title,
    issuer: v.issuer,
    documentNumber: v.documentNumber,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo || undefined,
    itemNo: v.itemNo,
    legalRange: defined({
      min: v.legalMin ?? 0,
      max: v.legalMax ?? 0,
      base: v.legalBase,
      person:
        v.personLegalMin !== undefined && v.personLegalMax !== undefined
          ? { min: v.personLegalMin, max: v.personLegalMax }
          : undefined,
    }),
    lookBackMonths: v.lookBackMonths ?? 12,
    tiers: (v.tiers ?? []).map(tierOf),
    exemptions: exemptions?.length ? exemptions : undefined,
  });
}

function valuesOf(c: BenchmarkVersionContent): EditorValues {
  return {
    title: c.title,
    issuer: c.issuer,
    documentNumber: c.documentNumber,
    effectiveFrom: c.effectiveFrom,
    itemNo: c.itemNo,
    legalMin: c.legalRange.min,
    legalMax: c.legalRange.max,
    ...(c.legalRange.base ? { legalBase: c.legalRange.base } : {}),
    ...(c.legalRange.person
      ? { personLegalMin: c.legalRange.person.min, personLegalMax: c.legalRange.person.max }
      : {}),
    lookBackMonths: c.lookBackMonths,
    tiers: c.tiers.map((t) => {
      const w = t.when[0] ?? {};
      const measure = BENCHMARK_MEASURES.find((m) => w[m]);
      const band = measure ? w[measure] : undefined;
      const o = t.outcome;
      const person = t.byParty?.person;
      return defined({
        no: t.no,
        sourceLabel: t.sourceLabel,
        tier: t.tier,
        firstOffence: toYes(w.firstOffence),
        priorMin: w.priorOffences?.min,
        priorMax: w.priorOffences?.max,
        correctedInTime: toYes(w.correctedInTime),
        harmAtMost: w.harmAtMost,
        harmAtLeast: w.harmAtLeast,
        partyType: w.partyType,
        measure: o.kind === 'perUnit' ? o.measure : measure,
        bandMin: band?.min,
        bandMax: band?.max,
        bandMinOpen: band?.minOpen,
        kind: o.kind,
        amount: o.kind === 'fixed' ? o.amount : undefined,
        min:
          o.kind === 'range' ? o.min : o.kind === 'perUnit' ? o.rateMin : o.kind === 'ofBase' ? o.factorMin : undefined,
        max:
          o.kind === 'range' ? o.max : o.kind === 'perUnit' ? o.rateMax : o.kind === 'ofBase' ? o.factorMax : undefined,
        unit: o.kind === 'perUnit' ? o.unit : undefined,
        base: o.kind === 'ofBase' ? o.base : undefined,
        style: o.kind === 'ofBase' ? o.style : undefined,
        start: o.kind === 'additive' ? o.start : undefined,
        perFurther: o.kind === 'additive' ? o.perFurther : undefined,
        cap: o.kind === 'additive' ? o.cap : undefined,
        personMin: person?.kind === 'fixed' ? person.amount : person?.kind === 'range' ? person.min : undefined,
        personMax: person?.kind === 'fixed' ? person.amount : person?.kind === 'range' ? person.max : undefined,
      });
    }),
  };
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));
const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];

/** Too rich for the table form: several alternative condition sets, or a separate 单位 outcome. */
const needsJson = (c: BenchmarkVersionContent | undefined) =>
  !!c?.tiers.some((t) => t.when.length > 1 || t.byParty?.organisation || t.byParty?.person?.kind === 'perUnit');

export function VersionEditor({ target, onClose }: { target: EditorTarget; onClose: (saved: boolean) => void }) {
  const from = target.kind === 'version' ? target.from : undefined;
  const [form] = Form.useForm<EditorValues>();
  const [tab, setTab] = useState<'table' | 'json'>(needsJson(from) ? 'json' : 'table');
  const [json, setJson] = useState(from ? JSON.stringify(from, null, 2) : '');
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as EditorValues | undefined;
  const key = useMemo(() => newIdempotencyKey(), []);

  const current = (): { content?: BenchmarkVersionContent; error?: string } => {
    let raw: unknown;
    if (tab === 'json') {
      try {
        raw = JSON.parse(json);
      } catch {
        return { error: 'JSON 格式不正确' };
      }
    } else raw = contentOf(values ?? {}, from?.exemptions);
    const parsed = versionSchema.safeParse(raw);
    if (!parsed.success)
      return {
        error: parsed.error.issues.map((i) => `${i.path.join('.') || '基准'}：${i.message}`).join('；'),
      };
    return { content: parsed.data };
  };
  const now = current();
  const findings = now.content ? checkBenchmarkVersion(now.content) : [];

  const switchTab = (next: string) => {
    if (next === 'json' && tab === 'table' && now.content) setJson(JSON.stringify(now.content, null, 2));
    if (next === 'table' && tab === 'json' && now.content) form.setFieldsValue(valuesOf(now.content));
    setTab(next as 'table' | 'json');
  };

  const save = async () => {
    setServerError(null);
    if (tab === 'table') await form.validateFields();
    const { content, error } = current();
    if (!content) return setServerError(error ?? '请填写完整');
    const v = form.getFieldsValue(true) as EditorValues;
    setSaving(true);
    try {
      const r = await saveBenchmark(
        target.kind === 'version'
          ? { benchmarkId: target.benchmarkId }
          : { itemCode: v.itemCode ?? '', violation: v.violation ?? '' },
        content,
        key,
      );
      showSuccess(`已保存${r.findings.length ? `（检查提示 ${r.findings.length} 条）` : ''}`);
      onClose(true);
    } catch (e) {
      setServerError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const money = <InputNumber min={0} className="full-width" />;
  return (
    <Modal
      open
      width={1100}
      title={target.kind === 'new' ? '新增裁量基准' : '新增裁量基准版本'}
      onCancel={() => onClose(false)}
      onOk={() => void save()}
      okText="保存"
      confirmLoading={saving}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={from ? valuesOf(from) : { lookBackMonths: 12, tiers: [{ no: 1, kind: 'range' }] }}
      >
        {target.kind === 'new' && (
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name="itemCode" label="事项编码" rules={[{ required: true, message: '请填写事项编码' }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={18}>
              <Form.Item name="violation" label="违法行为" rules={[{ required: true, message: '请填写违法行为' }]}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Tabs
          activeKey={tab}
          onChange={switchTab}
          items={[
            {
              key: 'table',
              label: '表格',
              children: (
                <>
                  <Row gutter={12}>
                    <Col span={10}>
                      <Form.Item name="title" label="基准名称" rules={[{ required: true, message: '请填写' }]}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name="issuer" label="制定机关" rules={[{ required: true, message: '请填写' }]}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name="documentNumber" label="文号" rules={[{ required: true, message: '请填写' }]}>
                        <Input maxLength={100} placeholder="江司发〔2024〕3号" />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name="effectiveFrom" label="施行日期" rules={[{ required: true, message: '请填写' }]}>
                        <Input placeholder="YYYY-MM-DD" maxLength={10} />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name="effectiveTo" label="失效日期">
                        <Input placeholder="YYYY-MM-DD" maxLength={10} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="itemNo" label="项号" rules={[{ required: true, message: '请填写' }]}>
                        <InputNumber min={1} precision={0} className="full-width" />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="legalMin" label="法定下限">
                        {money}
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="legalMax" label="法定上限" rules={[{ required: true, message: '请填写' }]}>
                        {money}
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item name="legalBase" label="按基数（倍数/比例）">
                        <Select allowClear options={options(BENCHMARK_BASES, BENCHMARK_BASE_LABELS)} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="lookBackMonths" label="初次回溯（月）">
                        <InputNumber min={0} max={120} precision={0} className="full-width" />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="personLegalMin" label="个人法定下限">
                        {money}
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item name="personLegalMax" label="个人法定上限">
                        {money}
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.List name="tiers">
                    {(fields, { add, remove }) => (
                      <>
                        {fields.map((f) => (
                          <div key={f.key} className="benchmark-tier" data-testid="benchmark-tier">
                            <Row gutter={8}>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'no']} label="序号">
                                  <InputNumber min={1} precision={0} className="full-width" />
                                </Form.Item>
                              </Col>
                              <Col span={5}>
                                <Form.Item
                                  name={[f.name, 'sourceLabel']}
                                  label="基准表述"
                                  rules={[{ required: true, message: '请填写' }]}
                                >
                                  <Input maxLength={100} placeholder="初次 / 较重 / 5平方米以下" />
                                </Form.Item>
                              </Col>
                              <Col span={3}>
                                <Form.Item
                                  name={[f.name, 'tier']}
                                  label="裁量阶次"
                                  rules={[{ required: true, message: '请选择' }]}
                                >
                                  <Select options={options(BENCHMARK_TIERS, BENCHMARK_TIER_LABELS)} />
                                </Form.Item>
                              </Col>
                              <Col span={3}>
                                <Form.Item name={[f.name, 'firstOffence']} label="初次违法">
                                  <Select allowClear options={YES_NO} />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'priorMin']} label="此前次数≥">
                                  <InputNumber min={0} precision={0} className="full-width" />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'priorMax']} label="此前次数≤">
                                  <InputNumber min={0} precision={0} className="full-width" />
                                </Form.Item>
                              </Col>
                              <Col span={3}>
                                <Form.Item name={[f.name, 'correctedInTime']} label="及时改正">
                                  <Select allowClear options={YES_NO} />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'harmAtLeast']} label="危害至少">
                                  <Select allowClear options={options(BENCHMARK_HARMS, BENCHMARK_HARM_LABELS)} />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'harmAtMost']} label="危害至多">
                                  <Select allowClear options={options(BENCHMARK_HARMS, BENCHMARK_HARM_LABELS)} />
                                </Form.Item>
                              </Col>
                            </Row>
                            <Row gutter={8}>
                              <Col span={3}>
                                <Form.Item name={[f.name, 'partyType']} label="适用对象">
                                  <Select
                                    allowClear
                                    options={[
                                      { value: 'organisation', label: '单位' },
                                      { value: 'person', label: '个人' },
                                    ]}
                                  />
                                </Form.Item>
                              </Col>
                              <Col span={3}>
                                <Form.Item name={[f.name, 'measure']} label="区间/计量">
                                  <Select allowClear options={options(BENCHMARK_MEASURES, BENCHMARK_MEASURE_LABELS)} />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'bandMin']} label="下限">
                                  <InputNumber min={0} className="full-width" />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'bandMinOpen']} label="下限不含">
                                  <Select allowClear options={[{ value: true, label: '超过' }]} />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Form.Item name={[f.name, 'bandMax']} label="上限（含）">
                                  <InputNumber min={0} className="full-width" />
                                </Form.Item>
                              </Col>
                              <Col span={3}>
                                <Form.Item
                                  name={[f.name, 'kind']}
                                  label="处罚标准"
                                  rules={[{ required: true, message: '请选择' }]}
                                >
                                  <Select
                                    options={(Object.keys(BENCHMARK_OUTCOME_LABELS) as BenchmarkOutcome['kind'][]).map(
                                      (k) => ({
                                        value: k,
                                        label: BENCHMARK_OUTCOME_LABELS[k],
                                      }),
                                    )}
                                  />
                                </Form.Item>
                              </Col>
                              <Form.Item noStyle shouldUpdate>
                                {() => (
                                  <OutcomeFields
                                    name={f.name}
                                    kind={form.getFieldValue(['tiers', f.name, 'kind']) as TierValues['kind']}
                                  />
                                )}
                              </Form.Item>
                              <Col span={1}>
                                <Button
                                  type="text"
                                  danger
                                  icon={<DeleteOutlined />}
                                  aria-label="删除档次"
                                  onClick={() => remove(f.name)}
                                />
                              </Col>
                            </Row>
                          </div>
                        ))}
                        <Button icon={<PlusOutlined />} onClick={() => add({ no: fields.length + 1, kind: 'range' })}>
                          添加档次
                        </Button>
                      </>
                    )}
                  </Form.List>
                </>
              ),
            },
            {
              key: 'json',
              label: 'JSON（多组条件、减免清单）',
              children: (
                <Input.TextArea
                  rows={18}
                  value={json}
                  onChange={(e) => setJson(e.target.value)}
                  className="mono"
                  placeholder="版本内容，格式见 docs/BENCHMARK-FORMATS.md"
                />
              ),
            },
          ]}
        />
      </Form>
      <h4>保存前检查</h4>
      {now.error ? <Alert type="error" showIcon title={now.error} /> : <FindingList findings={findings} />}
      {serverError && <Alert className="form-hint" type="error" showIcon title={serverError} />}
    </Modal>
  );
}

function OutcomeFields({ name, kind }: { name: number; kind: TierValues['kind'] }) {
  const n = (field: keyof TierValues, label: string, span = 2) => (
    <Col span={span} key={field}>
      <Form.Item name={[name, field]} label={label}>
        <InputNumber min={0} className="full-width" />
      </Form.Item>
    </Col>
  );
  switch (kind) {
    case 'noPenalty':
      return null;
    case 'fixed':
      return (
        <>
          {n('amount', '金额（元）', 3)}
          {n('personMin', '个人金额', 2)}
        </>
      );
    case 'perUnit':
      return (
        <>
          <Col span={2}>
            <Form.Item name={[name, 'unit']} label="单位">
              <Input placeholder="元/平方米" maxLength={20} />
            </Form.Item>
          </Col>
          {n('min', '单价下限')}
          {n('max', '单价上限')}
        </>
      );
    case 'ofBase':
      return (
        <>
          <Col span={2}>
            <Form.Item name={[name, 'base']} label="基数">
              <Select options={options(BENCHMARK_BASES, BENCHMARK_BASE_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={2}>
            <Form.Item name={[name, 'style']} label="表述">
              <Select
                options={[
                  { value: 'multiple', label: '倍' },
                  { value: 'percent', label: '百分比' },
                ]}
              />
            </Form.Item>
          </Col>
          {n('min', '系数下限', 1)}
          {n('max', '系数上限', 1)}
        </>
      );
    case 'additive':
      return (
        <>
          {n('start', '起点')}
          {n('perFurther', '每增一处')}
          {n('cap', '上限')}
        </>
      );
    default:
      return (
        <>
          {n('min', '下限（元）')}
          {n('max', '上限（元）')}
          {n('personMin', '个人下限', 1)}
          {n('personMax', '个人上限', 1)}
        </>
      );
  }
}
