import { Alert, Checkbox, Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import {
  CASE_DISCRETION_TIER_LABELS,
  MENTAL_CAPACITY_LABELS,
  MITIGATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCE_LABELS,
  NO_CIRCUMSTANCES,
  NO_PENALTY_GROUNDS,
  NO_PENALTY_GROUND_LABELS,
  ageOn,
  assessCircumstances,
  checkNotHeavierThanNotice,
  caseParties,
  describeCorrectionPeriod,
  undecidedParties,
  describePenalty,
  penaltyCarried,
  penaltyCarriedLabel,
  type CasePartyKind,
  type CaseState,
  type CircumstancesInput,
  type ItemFineProvisions,
  type PenaltyLine,
  type PenaltyTier,
} from '@zhifa/domain';
import { useEffect } from 'react';
import { remediesFor, useMyAgency } from '../../fields/agency';
import { BasisList } from '../../fields/BasisList';
import { BenchmarkPanel } from '../../fields/BenchmarkPanel';
import { ServerNumberNote } from '../../fields/ServerNumberNote';
import { DateInput, required, requiredText } from '../../fields/inputs';
import { EvidenceSelect } from '../../fields/EvidenceSelect';
import { FineProvisionsHint, fineRefusals, useFineProvisions } from '../../fields/fines';
import { PenaltyLines, type FinePartMode } from '../../fields/PenaltyLines';
import { clean } from '../clean';
import { RefusalList } from '../RefusalList';
import type { ActionForms, FormContext, FormValues } from '../types';
import { watchedPenalty } from './notice';

const { TextArea } = Input;
const TIERS = ['mitigated', 'lenient', 'standard', 'severe'] as const;

function PenaltyCheck({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const lines = Form.useWatch(['penalty', 'lines'], form);
  const circumstances = Form.useWatch('circumstances', form) as CircumstancesInput | undefined;
  const penalty = watchedPenalty(lines);
  const refusals = penalty.lines.length ? checkNotHeavierThanNotice(penalty, ctx.state.intendedPenalty) : [];
  const carried = penaltyCarried(ctx.state);
  const assessed = circumstances
    ? assessCircumstances({ ...NO_CIRCUMSTANCES, ...(clean(circumstances) as object) }, null)
    : null;
  return (
    <>
      {carried && (
        <Alert
          type="info"
          showIcon
          className="form-hint"
          title={`${penaltyCarriedLabel(carried)}：${describePenalty(carried.penalty)}`}
        />
      )}
      <RefusalList refusals={refusals} title="处罚重于告知的内容" type="warning" live />
      {assessed?.forcedNoPenalty && (
        <RefusalList
          refusals={[
            {
              message: `存在“${NO_PENALTY_GROUND_LABELS[assessed.forcedNoPenalty.ground]}”的情形，依法不予行政处罚`,
              article: assessed.forcedNoPenalty.article,
            },
          ]}
          title="情节"
          type="warning"
          live
        />
      )}
    </>
  );
}

/** Per unit or as a multiple: the way the party's fine is counted under the case's items, if any. */
function finePartMode(items: ItemFineProvisions[] | undefined, partyKind: CasePartyKind): FinePartMode | null {
  const all = (items ?? []).flatMap((i) => i.provisions).filter((p) => !p.appliesTo || p.appliesTo === partyKind);
  const perUnit = all.find((p) => p.perUnit);
  if (perUnit) return { unit: perUnit.perUnit! };
  const multiple = all.find((p) => p.multipleOf);
  return multiple ? { baseKind: multiple.multipleOf! } : null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 行政处罚法 第29–32条, 第37条 live: the item's range for the party, the server's check on the
 * lines, and a hidden field whose rule keeps the form from being sent while the check refuses.
 * A fine with 计罚明细 takes its amount from the parts.
 */
function FineCheck({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const codes = ctx.state.items.map((i) => i.code);
  const provisions = useFineProvisions(codes);
  const lines = Form.useWatch(['penalty', 'lines'], form) as PenaltyLine[] | undefined;
  const tier = Form.useWatch(['discretion', 'tier'], form) as PenaltyTier | undefined;
  const reasoning = Form.useWatch(['discretion', 'reasoning'], form) as string | undefined;
  const circumstances = Form.useWatch('circumstances', form) as CircumstancesInput | undefined;
  useEffect(() => {
    (lines ?? []).forEach((l, i) => {
      const parts = l?.kind === 'fine' ? l.parts : undefined;
      if (
        !parts?.length ||
        !parts.every((p) => p && typeof p.rate === 'number' && typeof (p.quantity ?? p.base) === 'number')
      )
        return;
      const total = round2(parts.reduce((s, p) => s + (p.quantity ?? p.base ?? 0) * p.rate, 0));
      if (l.amount !== total) form.setFieldValue(['penalty', 'lines', i, 'amount'], total);
    });
  }, [lines, form]);
  const partyKind = ctx.state.party?.kind ?? 'person';
  const penalty = watchedPenalty(lines);
  const age =
    ctx.state.party?.birthDate && ctx.state.facts.violationDate
      ? ageOn(ctx.state.party.birthDate, ctx.state.facts.violationDate)
      : null;
  const refusals = fineRefusals(provisions.data, {
    penalty,
    partyKind,
    actDate: ctx.state.facts.violationDate,
    decisionDate: ctx.today,
    caseItemCodes: codes,
    mitigation: {
      tier: tier ?? 'standard',
      ...(reasoning !== undefined ? { reasoning } : {}),
      hasCircumstance:
        (circumstances?.mitigating?.length ?? 0) > 0 ||
        (age !== null && age < 18) ||
        circumstances?.mentalCapacity === 'partial',
    },
  });
  return (
    <>
      <FineProvisionsHint
        items={provisions.data}
        partyKind={partyKind}
        actDate={ctx.state.facts.violationDate}
        today={ctx.today}
      />
      <RefusalList refusals={refusals} title="罚款不符合法定幅度" live />
      <Form.Item
        name="fineLawCheck"
        hidden
        rules={[
          {
            validator: async () => {
              if (refusals.length) throw new Error(refusals[0].message);
            },
          },
        ]}
      >
        <Input />
      </Form.Item>
    </>
  );
}

/** Fills the remedies from the agency, once loaded. */
function Defaults({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const agency = useMyAgency();
  useEffect(() => {
    if (!agency.agency || form.getFieldValue(['remedies', 'text'])) return;
    const r = remediesFor(agency, false, ctx.today);
    form.setFieldValue('remedies', {
      reconsiderationBody: agency.reconsiderationBody,
      court: agency.court,
      text: r.text,
    });
    if (!form.getFieldValue('agencyName')) form.setFieldValue('agencyName', agency.agency.name);
  }, [agency, ctx.today, form]);
  return null;
}

function DecideFields({ ctx }: { ctx: FormContext }) {
  const form = Form.useFormInstance();
  const outcome = Form.useWatch('outcome', form);
  const ground = Form.useWatch('noPenaltyGround', form);
  const penalty = outcome === 'penalty';
  const provisions = useFineProvisions(ctx.state.items.map((i) => i.code));
  const partMode = finePartMode(provisions.data, ctx.state.party?.kind ?? 'person');
  return (
    <>
      <Defaults ctx={ctx} />
      {caseParties(ctx.state).length > 1 && (
        <Form.Item
          name="partyId"
          label="当事人（共同违法的，分别作出决定）"
          rules={required('请选择本决定针对的当事人')}
        >
          <Select
            options={undecidedParties(ctx.state).map((p) => ({ value: p.id, label: `${p.id} ${p.name}` }))}
            onChange={(id: string) =>
              form.setFieldValue('partyAddress', caseParties(ctx.state).find((p) => p.id === id)?.address)
            }
          />
        </Form.Item>
      )}
      <Form.Item name="outcome" label="处理结果" rules={required('请选择处理结果')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'penalty', label: '给予行政处罚' },
            { value: 'noPenalty', label: '不予行政处罚' },
          ]}
        />
      </Form.Item>
      <ServerNumberNote what="决定书文号" />
      {penalty ? (
        <>
          <PenaltyLines name={['penalty', 'lines']} label="行政处罚" fineParts={partMode} items={ctx.state.items} />
          <PenaltyCheck ctx={ctx} />
          <FineCheck ctx={ctx} />
        </>
      ) : (
        <>
          <Form.Item name="noPenaltyGround" label="不予处罚理由" rules={required('请选择不予处罚的理由')}>
            <Radio.Group
              className="vertical-radio"
              options={NO_PENALTY_GROUNDS.map((g) => ({ value: g, label: NO_PENALTY_GROUND_LABELS[g] }))}
            />
          </Form.Item>
          {ground !== 'notEstablished' && (
            <>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item name={['education', 'on']} label="教育日期">
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={['education', 'method']} label="教育方式">
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={['education', 'content']} label="教育内容">
                <TextArea rows={2} maxLength={20000} />
              </Form.Item>
            </>
          )}
          <Form.Item name="guardianOrdered" valuePropName="checked">
            <Checkbox>已责令监护人加以管教</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.Item name="partyAddress" label="当事人地址" rules={requiredText('请填写当事人地址')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="facts" label="违法事实" rules={requiredText('请填写违法事实')}>
        <TextArea rows={4} maxLength={50000} />
      </Form.Item>
      <Form.Item name="evidenceIds" label="认定事实的证据" rules={penalty ? required('请选择证据') : []}>
        <EvidenceSelect detail={ctx.detail} multiple />
      </Form.Item>
      <BasisList name={['basis']} itemCode={ctx.state.items[0]?.code} label="依据" min={penalty ? 1 : 0} />
      <Divider titlePlacement="start">情节与裁量</Divider>
      <Form.Item name={['circumstances', 'mentalCapacity']} label="辨认控制能力" rules={required('请选择')}>
        <Radio.Group
          className="vertical-radio"
          options={Object.entries(MENTAL_CAPACITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name={['circumstances', 'mitigating']} label="从轻、减轻情节">
        <Checkbox.Group
          className="vertical-checkbox"
          options={MITIGATING_CIRCUMSTANCES.map((m) => ({ value: m, label: MITIGATING_CIRCUMSTANCE_LABELS[m] }))}
        />
      </Form.Item>
      <Form.Item name={['circumstances', 'minorPromptlyCorrectedNoHarm']} valuePropName="checked" noStyle>
        <Checkbox className="block-checkbox">违法行为轻微并及时改正，没有造成危害后果</Checkbox>
      </Form.Item>
      <Form.Item name={['circumstances', 'firstOffenceMinorHarmCorrected']} valuePropName="checked" noStyle>
        <Checkbox className="block-checkbox">初次违法且危害后果轻微并及时改正</Checkbox>
      </Form.Item>
      <Form.Item name={['circumstances', 'noFaultProven']} valuePropName="checked">
        <Checkbox className="block-checkbox">有证据足以证明没有主观过错</Checkbox>
      </Form.Item>
      {penalty && (
        <>
          <Form.Item name={['discretion', 'tier']} label="裁量阶次" rules={required('请选择裁量阶次')}>
            <Radio.Group
              optionType="button"
              options={TIERS.map((t) => ({ value: t, label: CASE_DISCRETION_TIER_LABELS[t] }))}
            />
          </Form.Item>
          <BenchmarkPanel
            source={{ caseId: ctx.detail.id }}
            factsName={['discretion', 'benchmarkFacts']}
            linesName={['penalty', 'lines']}
            decision
          />
          <Form.Item name={['discretion', 'reasoning']} label="裁量理由" rules={requiredText('请说明裁量理由')}>
            <TextArea rows={3} maxLength={20000} />
          </Form.Item>
          <Form.Item name={['discretion', 'benchmarkApplication']} label="裁量基准适用说明">
            <TextArea rows={2} maxLength={20000} />
          </Form.Item>
          <Divider titlePlacement="start">履行与救济</Divider>
          <Form.Item name={['performance', 'method']} label="履行方式" rules={requiredText('请填写履行方式')}>
            <Input maxLength={2000} />
          </Form.Item>
          <Form.Item name={['performance', 'deadline']} label="履行期限" rules={requiredText('请填写履行期限')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['remedies', 'reconsiderationBody']} label="复议机关" rules={requiredText('请填写复议机关')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['remedies', 'court']} label="人民法院" rules={requiredText('请填写人民法院')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['remedies', 'text']} label="救济途径和期限" rules={requiredText('请填写')}>
        <TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="agencyName" label="作出决定的行政机关" rules={requiredText('请填写行政机关名称')}>
        <Input maxLength={200} />
      </Form.Item>
      {penalty && (
        <Form.Item name="surchargeStandardStated" valuePropName="checked" noStyle>
          <Checkbox className="block-checkbox">已载明到期不缴纳罚款每日按罚款数额的百分之三加处罚款</Checkbox>
        </Form.Item>
      )}
      {penalty && uncorrectedOrders(ctx.state).length > 0 && (
        <Form.Item
          name="uncorrectedOrderIds"
          label="处罚的事实依据：当事人经责令限期改正逾期未改正（行政处罚法 第28条）"
          rules={[
            {
              validator: async (_r, v?: string[]) => {
                if (!v?.length) throw new Error('依据的规定对逾期不改正的方予处罚，应当载明复查认定的逾期未改正事实');
              },
            },
          ]}
        >
          <Checkbox.Group
            className="vertical-radio"
            options={uncorrectedOrders(ctx.state).map((c) => ({
              value: c.id,
              label: `${c.number}：${describeCorrectionPeriod(c.period)}（至 ${c.dueOn} 届满），${c.followUp?.inspectedOn} 复查：${c.followUp?.findings}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="correctionOrdered" valuePropName="checked" noStyle>
        <Checkbox className="block-checkbox">已责令当事人改正或者限期改正违法行为</Checkbox>
      </Form.Item>
      <Form.Item name="handedOverOnSpot" valuePropName="checked">
        <Checkbox className="block-checkbox">宣告后当场交付当事人</Checkbox>
      </Form.Item>
    </>
  );
}

/** Orders whose follow-up found no correction: the ground a 「逾期不改正的，处……」 penalty rests on. */
const uncorrectedOrders = (s: CaseState) =>
  (s.correctionOrders ?? []).filter((c) => c.followUp?.outcome === 'notCorrected');

function decideInitial(ctx: FormContext): FormValues {
  const s = ctx.state;
  const carried = penaltyCarried(s);
  return {
    outcome: s.investigation?.proposedOutcome === 'noPenalty' ? 'noPenalty' : 'penalty',
    // The penalty as the case last settled it (the notice, a 复核 after the statement, the deliberation).
    penalty: carried ? { lines: carried.penalty.lines } : { lines: [{ kind: 'fine' }] },
    partyAddress: s.party?.address,
    facts: s.notice?.facts ?? s.facts.summary ?? undefined,
    evidenceIds: s.evidence.filter((e) => !e.illegal).map((e) => e.id),
    basis: s.notice?.basis ?? [],
    circumstances: { ...NO_CIRCUMSTANCES },
    discretion: { tier: 'standard' },
    performance: { method: '到指定银行或者通过电子支付系统缴纳罚款', deadline: '自收到本决定书之日起十五日内' },
    agencyName: ctx.me.agency?.name,
    surchargeStandardStated: true,
    correctionOrdered: true,
    handedOverOnSpot: false,
    ...(uncorrectedOrders(s).length ? { uncorrectedOrderIds: uncorrectedOrders(s).map((c) => c.id) } : {}),
    ...(caseParties(s).length > 1
      ? { partyId: undecidedParties(s)[0]?.id, partyAddress: undecidedParties(s)[0]?.address }
      : {}),
  };
}

export const decisionForms: ActionForms = {
  decide: {
    wide: true,
    intro:
      '调查终结后由行政机关负责人审查作出决定；决定书载明第59条规定的事项并加盖印章。负责人不得为本案调查或审核人员。',
    Fields: ({ ctx }) => <DecideFields ctx={ctx} />,
    initial: decideInitial,
    toPayload: (values) => {
      // fineLawCheck only carries the live check's rule; it is not part of the decision.
      const { fineLawCheck: _check, ...v } = values;
      const out = {
        ...v,
        evidenceIds: v.evidenceIds ?? [],
        basis: v.basis ?? [],
        circumstances: { ...NO_CIRCUMSTANCES, ...(v.circumstances as object) },
      };
      if (v.outcome === 'penalty')
        return { ...out, noPenaltyGround: undefined, education: undefined, guardianOrdered: undefined };
      return {
        ...out,
        uncorrectedOrderIds: undefined,
        penalty: undefined,
        discretion: undefined,
        performance: undefined,
        surchargeStandardStated: false,
      };
    },
  },
};
