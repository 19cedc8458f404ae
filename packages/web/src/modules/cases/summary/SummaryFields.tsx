import { Alert, Descriptions, Form, Input, InputNumber, Radio, Typography } from 'antd';
import {
  CASE_DISCRETION_TIER_LABELS,
  ageOn,
  checkSummaryEligibility,
  idNumberBirthDate,
  type CasePartyKind,
  type CaseItemRef,
  type CaseInputs,
  type DecideOnTheSpotPayload,
  type PenaltyProposal,
} from '@zhifa/domain';
import { useEffect } from 'react';
import { RefusalList } from '../actions/RefusalList';
import { cleanObject } from '../actions/clean';
import type { FormValues } from '../actions/types';
import { remediesFor, useMyAgency } from '../fields/agency';
import { Attestation } from '../fields/Attestation';
import { BasisList } from '../fields/BasisList';
import { BenchmarkPanel } from '../fields/BenchmarkPanel';
import { FineProvisionsHint, fineRefusals, useFineProvisions } from '../fields/fines';
import { useCaseConfig } from '../api';
import { DateInput, DateTimeInput, required, requiredText } from '../fields/inputs';
import { ItemSelect } from '../fields/ItemSelect';
import { OfficerSelect } from '../fields/OfficerSelect';
import { PartyFields } from '../fields/PartyFields';
import { ServerNumberNote } from '../fields/ServerNumberNote';
import { nowMinute, todayString } from '../fields/today';

const { TextArea } = Input;

export function summaryPenalty(v: FormValues): PenaltyProposal {
  if (v.penaltyKind === 'warning') return { lines: [{ kind: 'warning' }] };
  const amount = typeof v.fineAmount === 'number' ? v.fineAmount : undefined;
  return { lines: [{ kind: 'fine', ...(amount !== undefined ? { amount } : {}) }] };
}

/** 第51条 live: the threshold the domain applies (警告, or 罚款 ≤ 200 元 for a person, ≤ 3000 元 for an organisation). */
export function useSummaryEligibility() {
  const form = Form.useFormInstance();
  const kind = (Form.useWatch(['party', 'kind'], form) ?? 'person') as CasePartyKind;
  const penaltyKind = Form.useWatch('penaltyKind', form);
  const fineAmount = Form.useWatch('fineAmount', form);
  const item = Form.useWatch('item', form) as CaseItemRef | undefined;
  const occurredAt = Form.useWatch('occurredAt', form) as string | undefined;
  const provisions = useFineProvisions(item?.code ? [item.code] : []);
  // The county's configuration, as the server will decide; no verdict is previewed until it is known.
  const config = useCaseConfig().data;
  const penalty = summaryPenalty({ penaltyKind, fineAmount });
  const touched = penaltyKind === 'warning' || typeof fineAmount === 'number';
  const today = todayString();
  const actDate = typeof occurredAt === 'string' && occurredAt.length >= 10 ? occurredAt.slice(0, 10) : null;
  // 第29–32条 on the spot too, without 减轻: a fine below the minimum goes to the ordinary procedure.
  const law = item?.code
    ? fineRefusals(provisions.data, {
        penalty,
        partyKind: kind,
        actDate,
        decisionDate: today,
        caseItemCodes: [item.code],
        mitigation: null,
      })
    : [];
  return {
    kind,
    provisions: provisions.data,
    actDate,
    today,
    config,
    eligibility: touched && config ? checkSummaryEligibility(kind, penalty, config) : [],
    law,
    refusals: touched && config ? [...checkSummaryEligibility(kind, penalty, config), ...law] : [],
  };
}

function Eligibility() {
  const { kind, config, eligibility, law, provisions, actDate, today } = useSummaryEligibility();
  const max = config && (kind === 'person' ? config.summary.personMaxFine : config.summary.organisationMaxFine);
  return (
    <>
      <FineProvisionsHint items={provisions} partyKind={kind} actDate={actDate} today={today} />
      <RefusalList refusals={law} title="罚款不符合法定幅度" live />
      {eligibility.length ? (
        <RefusalList refusals={eligibility} title="不能适用简易程序" live />
      ) : (
        max !== undefined && (
          <Alert
            type="info"
            showIcon
            className="form-hint"
            title={`简易程序：警告，或对${kind === 'person' ? '公民' : '法人或者其他组织'}处 ${max} 元以下罚款（行政处罚法 第51条）`}
          />
        )
      )}
    </>
  );
}

/**
 * 第30条 on the spot: the party's age at the act, from the ID number, in full years (reached the
 * day after the birthday). Under 14 nothing may be imposed; from 14 to 18 the tier is 从轻 or 减轻.
 */
function MinorTier() {
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['party', 'kind'], form) as CasePartyKind | undefined;
  const idNumber = Form.useWatch(['party', 'idNumber'], form) as string | undefined;
  const occurredAt = Form.useWatch('occurredAt', form) as string | undefined;
  const birth = kind === 'person' && idNumber ? idNumberBirthDate(idNumber) : null;
  const age = birth && occurredAt ? ageOn(birth, occurredAt.slice(0, 10)) : null;
  if (age === null || age >= 18) return null;
  if (age < 14) {
    return (
      <Alert
        type="error"
        showIcon
        className="form-hint"
        title={`当事人违法时不满十四周岁（${age} 周岁），不予行政处罚，责令监护人加以管教（行政处罚法 第30条）`}
      />
    );
  }
  return (
    <Form.Item
      name="tier"
      label="裁量阶次"
      rules={required('当事人已满十四周岁不满十八周岁，应当从轻或者减轻处罚')}
      extra={`当事人违法时 ${age} 周岁，应当从轻或者减轻行政处罚（行政处罚法 第30条）`}
    >
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={(['lenient', 'mitigated'] as const).map((t) => ({ value: t, label: CASE_DISCRETION_TIER_LABELS[t] }))}
      />
    </Form.Item>
  );
}

function Remedies() {
  const form = Form.useFormInstance();
  const agency = useMyAgency();
  useEffect(() => {
    if (!agency.agency) return;
    const r = remediesFor(agency, true, todayString());
    if (!form.getFieldValue('remediesText')) form.setFieldValue('remediesText', r.text);
    if (!form.getFieldValue('agencyName')) form.setFieldValue('agencyName', agency.agency.name);
  }, [agency, form]);
  return (
    <Form.Item
      name="remediesText"
      label="申请行政复议、提起行政诉讼的途径和期限"
      rules={requiredText('请填写救济途径')}
      extra="当场作出的处罚决定，当事人应当先申请行政复议（行政复议法 第23条）"
    >
      <TextArea rows={4} maxLength={2000} />
    </Form.Item>
  );
}

/** 第一步 当事人. */
export function SummaryPartyStep() {
  return (
    <>
      <ServerNumberNote what="当场处罚决定书编号" />
      <PartyFields compact />
    </>
  );
}

/** 第二步 违法事实: what, where, when, and the two officers (第42条). */
export function SummaryFactsStep() {
  return (
    <>
      <Form.Item name="item" label="执法事项" rules={required('请选择执法事项')}>
        <ItemSelect />
      </Form.Item>
      <Form.Item name="violation" label="违法行为" rules={requiredText('请填写违法行为')}>
        <TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="place" label="地点" rules={requiredText('请填写地点')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="occurredAt" label="违法行为时间" rules={required('请填写时间')}>
        <DateTimeInput />
      </Form.Item>
      <Form.Item name="discoveredOn" label="发现日期" rules={required('请填写发现日期')}>
        <DateInput max={todayString()} />
      </Form.Item>
      <Form.Item
        name="officerIds"
        label="执法人员（两名，含本人）"
        rules={[
          { required: true, message: '请选择执法人员' },
          {
            validator: async (_r, v?: string[]) => {
              if (v && v.length < 2) throw new Error('执法人员不得少于两人（行政处罚法 第42条）');
            },
          },
        ]}
      >
        <OfficerSelect multiple roles={['officer', 'departmentOfficer']} />
      </Form.Item>
    </>
  );
}

/**
 * 第34条 on the spot: the item's discretion benchmark for this party at the act's date. The tier
 * and the sentence go with the decision; a fine outside the range needs a written reason.
 */
function SummaryBenchmark() {
  const form = Form.useFormInstance();
  const item = Form.useWatch('item', form) as CaseItemRef | undefined;
  const party = Form.useWatch('party', form) as
    { kind?: CasePartyKind; idNumber?: string; birthDate?: string } | undefined;
  const occurredAt = Form.useWatch('occurredAt', form) as string | undefined;
  const kind = party?.kind ?? 'person';
  const birthDate =
    kind === 'person' ? (party?.idNumber && idNumberBirthDate(party.idNumber)) || party?.birthDate : undefined;
  const actDate = typeof occurredAt === 'string' && occurredAt.length >= 10 ? occurredAt.slice(0, 10) : null;
  return (
    <BenchmarkPanel
      source={{
        item:
          item?.code && actDate
            ? { itemCode: item.code, partyKind: kind, birthDate: birthDate || undefined, actDate }
            : null,
      }}
      factsName={['benchmarkFacts']}
      fineName={['fineAmount']}
      at={[]}
      decision
      legalReview={false}
      autoApply
    />
  );
}

/** 第三步 处罚: kind and amount against 第51条 and the item's range, the basis, the remedies. */
export function SummaryPenaltyStep() {
  const form = Form.useFormInstance();
  const item = Form.useWatch('item', form) as CaseItemRef | undefined;
  const penaltyKind = Form.useWatch('penaltyKind', form);
  return (
    <>
      <Form.Item name="penaltyKind" label="处罚种类" rules={required('请选择处罚种类')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'warning', label: '警告' },
            { value: 'fine', label: '罚款' },
          ]}
        />
      </Form.Item>
      {penaltyKind === 'fine' && (
        <Form.Item name="fineAmount" label="罚款金额" rules={required('请填写罚款金额')}>
          <InputNumber min={1} precision={2} suffix="元" className="full-width" inputMode="decimal" />
        </Form.Item>
      )}
      <Eligibility />
      {penaltyKind === 'fine' && <SummaryBenchmark />}
      <MinorTier />
      <BasisList name={['basis']} itemCode={item?.code} label="处罚依据" />
      <Form.Item name="agencyName" label="行政机关名称" rules={requiredText('请填写行政机关名称')}>
        <Input maxLength={200} />
      </Form.Item>
      <Remedies />
    </>
  );
}

/**
 * 第四步 确认: what is about to be decided, and what the officers state they did. The form is
 * printed and signed after the decision is made, so its signatures are stated at hand-over.
 */
export function SummaryConfirmStep() {
  return (
    <>
      <SummaryReview />
      <Attestation name="certificatesShown" missing="执法人员应当向当事人出示执法证件（行政处罚法 第52条）">
        已向当事人出示执法证件
      </Attestation>
      <Attestation name="partyHeard" missing="应当告知当事人并听取陈述、申辩（行政处罚法 第44–45条）">
        已告知当事人处罚的事实、理由和依据，并听取陈述、申辩
      </Attestation>
    </>
  );
}

/** The decision as it will be made, read back before the officer commits to it. */
function SummaryReview() {
  const form = Form.useFormInstance();
  const party = Form.useWatch('party', form) as { name?: string; kind?: CasePartyKind } | undefined;
  const item = Form.useWatch('item', form) as CaseItemRef | undefined;
  const violation = Form.useWatch('violation', form) as string | undefined;
  const place = Form.useWatch('place', form) as string | undefined;
  const occurredAt = Form.useWatch('occurredAt', form) as string | undefined;
  const penaltyKind = Form.useWatch('penaltyKind', form);
  const fineAmount = Form.useWatch('fineAmount', form) as number | undefined;
  const rows: [string, string | undefined][] = [
    ['当事人', party?.name],
    ['执法事项', item?.name],
    ['违法行为', violation],
    ['地点', place],
    ['时间', occurredAt?.replace('T', ' ')],
    ['处罚', penaltyKind === 'warning' ? '警告' : fineAmount !== undefined ? `罚款 ${fineAmount} 元` : undefined],
  ];
  // The benchmark's tier and sentence, and the reason for leaving its range, when they apply.
  // Set by the benchmark panel without a field of their own: watched from the store.
  const tier = Form.useWatch('tier', { form, preserve: true }) as keyof typeof CASE_DISCRETION_TIER_LABELS | undefined;
  const application = Form.useWatch('benchmarkApplication', { form, preserve: true }) as string | undefined;
  const deviation = Form.useWatch('deviationReason', form) as string | undefined;
  if (penaltyKind === 'fine') {
    if (tier) rows.push(['裁量阶次', CASE_DISCRETION_TIER_LABELS[tier]]);
    if (application) rows.push(['裁量基准适用说明', application]);
    if (deviation) rows.push(['偏离裁量基准的理由', deviation]);
  }
  return (
    <Descriptions column={1} size="small" bordered className="summary-review" data-testid="summary-review">
      {rows.map(([label, value]) => (
        <Descriptions.Item key={label} label={label}>
          {value || <Typography.Text type="danger">未填写</Typography.Text>}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** The on-the-spot decision (当场处罚决定书) in one column: every step at once (the case page's form). */
export function SummaryFields() {
  return (
    <>
      <SummaryPartyStep />
      <SummaryFactsStep />
      <SummaryPenaltyStep />
      <SummaryConfirmStep />
    </>
  );
}

export function summaryInitial(myPersonId?: string): FormValues {
  return {
    party: { kind: 'person' },
    occurredAt: nowMinute(),
    discoveredOn: todayString(),
    officerIds: myPersonId ? [myPersonId] : [],
    penaltyKind: 'fine',
    basis: [],
  };
}

/** The client's part of the decision: the server numbers the form (第52条). */
export function summaryPayload(values: FormValues): CaseInputs['decideOnTheSpot'] {
  const v = cleanObject(values);
  const item = v.item as CaseItemRef | undefined;
  return {
    party: v.party as DecideOnTheSpotPayload['party'],
    items: item ? [item] : [],
    violation: v.violation as string,
    place: v.place as string,
    occurredAt: v.occurredAt as string,
    discoveredOn: v.discoveredOn as string,
    penalty: summaryPenalty(v),
    basis: (v.basis as DecideOnTheSpotPayload['basis']) ?? [],
    officerIds: (v.officerIds as string[]) ?? [],
    certificatesShown: v.certificatesShown === true,
    partyHeard: v.partyHeard === true,
    remediesText: v.remediesText as string,
    agencyName: v.agencyName as string,
    ...(v.tier ? { tier: v.tier as DecideOnTheSpotPayload['tier'] } : {}),
    // The benchmark concerns a fine: a warning carries none of it.
    ...(v.penaltyKind === 'fine' ? benchmarkPart(v) : {}),
  };
}

function benchmarkPart(v: FormValues): Partial<DecideOnTheSpotPayload> {
  const out: Partial<DecideOnTheSpotPayload> = {};
  if (v.benchmarkFacts) out.benchmarkFacts = v.benchmarkFacts;
  if (v.applied) out.applied = v.applied as DecideOnTheSpotPayload['applied'];
  if (typeof v.benchmarkApplication === 'string') out.benchmarkApplication = v.benchmarkApplication;
  if (typeof v.deviationReason === 'string') out.deviationReason = v.deviationReason;
  return out;
}
