// What each document states, as text blocks, from the stored document (its payload: the action's
// payload, the case number, the party) and what the agency configured. The server lays the blocks
// out on A4; the order and the wording are the law's, so they live here.
import * as z from 'zod';
import { CASE_ACTIONS, isCaseActionType } from '../procedure/actions-table';
import { ENUM_LABELS, FIELD_LABELS } from '../procedure/payloads/fields';
import { PENALTY_PROPOSAL_KIND_LABELS } from '../procedure/penalty';
import { NO_PENALTY_GROUND_LABELS } from '../procedure/rules/circumstances';
import { describeCorrectionPeriod } from '../procedure/rules/correction';
import { amountPhrase } from './amount';
import { articleLabel } from './articles';
import { chineseDate, figureDate, figureDateTime } from './dates';
import { PROVISIONAL_DEADLINE_NOTE, paymentInstructions, surchargeSentence, type Payee } from './sentences';
import { DECISION_KINDS } from './verification';
import { publicationNoticeSentence } from '../disclosure/eligibility';

export interface DocumentSource {
  kind: string;
  title: string;
  number: string | null;
  issuedOn: string;
  agencyName: string;
  /** The stored document payload: caseNumber, partyName, action, content (the action payload), extras. */
  payload: Record<string, unknown>;
  payee: Payee | null;
  /** A deadline the document states rests on a provisional calendar year. */
  provisional: boolean;
  version: number;
  correctionReason: string | null;
}

export interface TextSection {
  heading?: string;
  text: string;
}

export interface DocumentText {
  agencyName: string;
  title: string;
  number: string | null;
  caseNumber: string | null;
  sections: TextSection[];
  /** 落款: the agency, the date in Chinese, where the seal goes. */
  signature: { agencyName: string; date: string };
  /** The party's acknowledgement line (笔录, 送达回证). */
  partySignature: boolean;
  notes: string[];
  /** A decision: it carries the QR code and the verification code. */
  decision: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** 《title》article; … */
function basisText(basis: unknown): string {
  if (!Array.isArray(basis)) return '';
  return basis
    .filter(isObj)
    .map((b) => `${str(b.title).startsWith('《') ? str(b.title) : `《${str(b.title)}》`}${str(b.article)}`)
    .join('、');
}

interface PenaltyLineLike {
  kind?: unknown;
  amount?: unknown;
  durationDays?: unknown;
  description?: unknown;
}

function penaltyLines(p: unknown): { text: string; fines: number } {
  if (!isObj(p) || !Array.isArray(p.lines)) return { text: '', fines: 0 };
  let fines = 0;
  const lines = (p.lines as PenaltyLineLike[]).map((l, i) => {
    const label =
      typeof l.kind === 'string' && l.kind in PENALTY_PROPOSAL_KIND_LABELS
        ? PENALTY_PROPOSAL_KIND_LABELS[l.kind as keyof typeof PENALTY_PROPOSAL_KIND_LABELS]
        : str(l.kind);
    let t = label;
    if (typeof l.amount === 'number') {
      t += amountPhrase(l.amount);
      if (l.kind === 'fine') fines += l.amount;
    } else if (typeof l.durationDays === 'number') t += `${l.durationDays}日`;
    if (typeof l.description === 'string' && l.description) t += `（${l.description}）`;
    return `${i + 1}. ${t}`;
  });
  return { text: lines.join('\n'), fines: Math.round(fines * 100) / 100 };
}

function partyLine(src: DocumentSource, address?: unknown): string {
  const name = str(src.payload.partyName);
  return `当事人：${name}${typeof address === 'string' && address ? `\n地址：${address}` : ''}`;
}

/** 行政处罚法 第59条: the contents of a 行政处罚决定书. */
function penaltyDecision(src: DocumentSource, c: Obj): TextSection[] {
  const out: TextSection[] = [{ text: partyLine(src, c.partyAddress) }];
  out.push({ heading: '违法事实和证据', text: str(c.facts) });
  const orders = src.payload.uncorrectedOrders;
  if (Array.isArray(orders) && orders.length) {
    out.push({
      heading: '逾期未改正',
      text: orders
        .filter(isObj)
        .map(
          (o) =>
            `本机关责令当事人${str(o.requirement)}（${str(o.period)}），经复查，当事人逾期未改正：${str(o.findings)}`,
        )
        .join('\n'),
    });
  }
  out.push({ heading: '行政处罚的依据', text: basisText(c.basis) });
  const discretion = isObj(c.discretion) ? c.discretion : {};
  const penalty = isObj(c.penalty) ? c.penalty : {};
  if (str(discretion.reasoning)) out.push({ heading: '裁量理由', text: str(discretion.reasoning) });
  // The benchmark explanation: the decision payload's penalty part carries it once a calculator fills it.
  const benchmark = str(penalty.benchmarkApplication) || str(discretion.benchmarkApplication);
  if (benchmark) out.push({ heading: '裁量基准适用说明', text: benchmark });
  const lines = penaltyLines(penalty);
  out.push({ heading: '行政处罚的种类和数额', text: `本机关决定对当事人给予如下行政处罚：\n${lines.text}` });
  const performance = isObj(c.performance) ? c.performance : null;
  const paying: string[] = [];
  if (performance) paying.push(`履行方式：${str(performance.method)}；履行期限：${str(performance.deadline)}。`);
  if (lines.fines > 0) {
    paying.push(paymentInstructions(lines.fines, src.payee));
    paying.push(surchargeSentence());
  }
  if (paying.length) out.push({ heading: '履行方式和期限', text: paying.join('\n') });
  out.push({ heading: '救济途径和期限', text: remediesOf(c) });
  if (src.payload.publication === true) out.push({ text: publicationNoticeSentence() });
  return out;
}

function remediesOf(c: Obj): string {
  if (isObj(c.remedies)) return str(c.remedies.text);
  return str(c.remediesText);
}

function noPenaltyDecision(src: DocumentSource, c: Obj): TextSection[] {
  const ground =
    typeof c.noPenaltyGround === 'string' && c.noPenaltyGround in NO_PENALTY_GROUND_LABELS
      ? NO_PENALTY_GROUND_LABELS[c.noPenaltyGround as keyof typeof NO_PENALTY_GROUND_LABELS]
      : '';
  return [
    { text: partyLine(src, c.partyAddress) },
    { heading: '违法事实和证据', text: str(c.facts) },
    {
      heading: '不予行政处罚的理由和依据',
      text: `${ground}${ground ? '。' : ''}依据${basisText(c.basis)}，本机关决定不予行政处罚。`,
    },
    { heading: '救济途径和期限', text: remediesOf(c) },
  ];
}

/** 行政处罚法 第52条: the on-the-spot decision form. */
function onTheSpotDecision(src: DocumentSource, c: Obj): TextSection[] {
  const party = isObj(c.party) ? c.party : {};
  const lines = penaltyLines(c.penalty);
  const out: TextSection[] = [
    {
      text: `当事人：${str(party.name) || str(src.payload.partyName)}${str(party.address) ? `\n地址：${str(party.address)}` : ''}`,
    },
    {
      heading: '违法行为',
      text: `${figureDateTime(str(c.occurredAt))}，当事人在${str(c.place)}${str(c.violation)}。`,
    },
    { heading: '行政处罚的依据', text: basisText(c.basis) },
  ];
  // 第34条: the form states how the benchmark applied, as an ordinary decision does.
  if (str(c.benchmarkApplication)) out.push({ heading: '裁量基准适用说明', text: str(c.benchmarkApplication) });
  out.push({ heading: '行政处罚的种类和数额', text: lines.text });
  if (lines.fines > 0) {
    out.push({ heading: '缴纳方式', text: `${paymentInstructions(lines.fines, src.payee)}\n${surchargeSentence()}` });
  }
  out.push({ heading: '救济途径和期限', text: remediesOf(c) });
  return out;
}

/** 行政处罚法 第44条: the notice states the intended penalty, its facts, reasons and basis, and the rights. */
function penaltyNotice(src: DocumentSource, c: Obj): TextSection[] {
  const rights = isObj(c.rights) ? c.rights : {};
  const told = [rights.statement ? '陈述' : '', rights.defence ? '申辩' : ''].filter(Boolean).join('、');
  const out: TextSection[] = [
    { text: partyLine(src) },
    { heading: '违法事实', text: str(c.facts) },
    { heading: '理由和依据', text: `${str(c.reasons)}\n依据：${basisText(c.basis)}` },
    { heading: '拟作出的行政处罚', text: penaltyLines(c.intendedPenalty).text },
    {
      heading: '当事人的权利',
      text: `根据《中华人民共和国行政处罚法》${articleLabel(44)}、${articleLabel(45)}的规定，你（单位）享有${told || '陈述、申辩'}的权利，可以在收到本告知书之日起五日内向本机关提出。逾期未提出的，视为放弃上述权利。`,
    },
  ];
  return out;
}

/** 行政处罚法 第63–64条: the hearing right, asked for within 5 days of the notice. */
function hearingRightsNotice(src: DocumentSource, c: Obj): TextSection[] {
  return [
    { text: partyLine(src) },
    { heading: '拟作出的行政处罚', text: penaltyLines(c.intendedPenalty).text },
    {
      heading: '听证权利',
      text: `根据《中华人民共和国行政处罚法》${articleLabel(63)}、${articleLabel(64)}的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内向本机关提出；逾期未提出的，视为放弃听证权利。`,
    },
  ];
}

function correctionOrder(src: DocumentSource, c: Obj): TextSection[] {
  return [
    { text: partyLine(src) },
    { heading: '责令改正的依据', text: basisText(c.basis) },
    { heading: '改正内容', text: str(c.requirement) },
    { heading: '改正期限', text: `${describeCorrectionPeriod(isObj(c.period) ? (c.period as never) : undefined)}。` },
  ];
}

// ---- every other document: the payload's fields under their labels ----

const HIDDEN_KEY = /(^|[a-z])(Id|Ids)$|^(id|ids|evidenceId|contentHash|commandId)$/;

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; i < 5 && s; i++) {
    const def = (s as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType)
      s = def.innerType;
    else break;
  }
  return s;
}

function labelOf(schema: z.ZodType | undefined): string | undefined {
  return schema ? FIELD_LABELS.get(schema)?.label : undefined;
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? s.shape : undefined;
}

function valueText(value: unknown, schema: z.ZodType | undefined): string {
  const inner = unwrap(schema);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const labels = inner ? ENUM_LABELS.get((inner as unknown as { _zod: { def: object } })._zod.def) : undefined;
    if (labels?.[value]) return labels[value];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return figureDate(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return figureDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    const item = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value
      .map((v) => valueText(v, item))
      .filter(Boolean)
      .join(isObj(value[0]) ? '\n' : '、');
  }
  if (isObj(value)) {
    const shape = shapeOf(inner);
    return fieldLines(value, shape).join('；');
  }
  return '';
}

function fieldLines(value: Obj, shape: Record<string, z.ZodType> | undefined): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (HIDDEN_KEY.test(key) || v === null || v === undefined || v === '') continue;
    const schema = shape?.[key];
    const label = labelOf(schema);
    if (!label) continue; // a field the schema does not name is not printed
    const text = valueText(v, schema);
    if (text) out.push(`${label}：${text}`);
  }
  return out;
}

function genericSections(src: DocumentSource, c: Obj): TextSection[] {
  const action = str(src.payload.action);
  const shape = isCaseActionType(action) ? shapeOf(CASE_ACTIONS[action].schemas.payload) : undefined;
  const out: TextSection[] = [];
  if (src.payload.partyName) out.push({ text: partyLine(src) });
  const lines = fieldLines(c, shape);
  if (lines.length) out.push({ text: lines.join('\n') });
  return out;
}

/** 立案审批表 (行政处罚法 第54条第2款): the case as filed, then the head's approval. */
function filingApproval(src: DocumentSource, c: Obj): TextSection[] {
  const f = isObj(src.payload.filing) ? src.payload.filing : {};
  const date = (v: unknown) => (typeof v === 'string' && v ? figureDate(v) : '');
  const lines = [
    `案件来源：${str(f.source)}`,
    `涉嫌违法行为发生日期：${date(f.violationDate)}`,
    `发现日期：${date(f.discoveredOn)}`,
    `执法事项：${Array.isArray(f.items) ? f.items.filter((x) => typeof x === 'string').join('、') : ''}`,
    `立案申请日期：${date(f.requestedOn)}`,
  ].filter((l) => !l.endsWith('：'));
  return [
    { text: partyLine(src) },
    { heading: '案件基本情况', text: [...lines, str(f.summary)].filter(Boolean).join('\n') },
    {
      heading: '负责人审批意见',
      text: `${str(c.opinion) || '同意立案'}${date(f.approvedOn) ? `（${date(f.approvedOn)}）` : ''}`,
    },
  ];
}

/** 催告书 (行政强制法 第35条): the duty, its period, way and amount, and the right to be heard. */
function demand(src: DocumentSource, c: Obj): TextSection[] {
  const amount = typeof c.amount === 'number' ? amountPhrase(c.amount) : '';
  const by = typeof c.performBy === 'string' ? figureDate(c.performBy) : '';
  return [
    { text: partyLine(src) },
    {
      heading: '催告事项',
      text: `你（单位）未在法定期限内履行本机关作出的行政决定。请于${by}前履行缴纳${amount}的义务。`,
    },
    { heading: '履行方式', text: str(c.method) },
    {
      heading: '陈述和申辩',
      text: `根据《中华人民共和国行政强制法》${articleLabel(35)}、${articleLabel(36)}的规定，你（单位）收到本催告书后有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。`,
    },
  ];
}

/** 协助函 (行政处罚法 第26条): to the body asked, what is asked, why, and by when. */
function assistanceLetter(src: DocumentSource, c: Obj): TextSection[] {
  const caseNumber = str(src.payload.caseNumber);
  const party = str(src.payload.partyName);
  const replyBy = typeof c.replyBy === 'string' && c.replyBy ? figureDate(c.replyBy) : '';
  return [
    { text: `${str(c.toAgency)}：` },
    {
      text: `本机关在办理${party ? `${party}涉嫌违法` : ''}${caseNumber ? `（${caseNumber}）` : ''}一案中，因实施行政处罚的需要，根据《中华人民共和国行政处罚法》${articleLabel(26)}的规定，请贵单位在职权范围内协助办理下列事项：`,
    },
    { heading: '请求协助事项', text: str(c.matters) },
    { heading: '理由和依据', text: str(c.reason) },
    {
      text: `${replyBy ? `请于${replyBy}前将协助情况函复本机关。` : '请将协助情况函复本机关。'}${str(c.agencyContact) ? `联系人及电话：${str(c.agencyContact)}。` : ''}`,
    },
  ];
}

const BUILDERS: Record<string, (src: DocumentSource, c: Obj) => TextSection[]> = {
  assistanceLetter,
  demand,
  filingApproval,
  penaltyDecision,
  noPenaltyDecision,
  onTheSpotDecision,
  penaltyNotice,
  hearingRightsNotice,
  correctionOrder,
};

/** Documents the party signs or acknowledges on the page (笔录, 回证). */
const PARTY_SIGNS = new Set([
  'interviewRecord',
  'siteInspectionRecord',
  'hearingTranscript',
  'statementRecord',
  'serviceReceipt',
  'onTheSpotDecision',
  'followUpRecord',
]);

export function documentText(src: DocumentSource): DocumentText {
  const content = isObj(src.payload.content) ? src.payload.content : {};
  const build = BUILDERS[src.kind] ?? genericSections;
  const sections = build(src, content).filter((s) => s.text.trim() !== '');
  const notes: string[] = [];
  if (src.provisional) notes.push(PROVISIONAL_DEADLINE_NOTE);
  if (src.version > 1 && src.correctionReason) notes.push(`更正（第${src.version}版）：${src.correctionReason}`);
  return {
    agencyName: src.agencyName,
    title: src.title,
    number: src.number,
    caseNumber: str(src.payload.caseNumber) || null,
    sections,
    signature: { agencyName: src.agencyName, date: chineseDate(src.issuedOn) },
    partySignature: PARTY_SIGNS.has(src.kind),
    notes,
    decision: DECISION_KINDS.has(src.kind),
  };
}

/** Every line of a document's text in reading order: what the verification hash is computed over. */
export function documentTextLines(t: DocumentText): string[] {
  return [
    t.agencyName,
    t.title,
    t.number ?? '',
    ...t.sections.flatMap((s) => [s.heading ?? '', s.text]),
    t.signature.agencyName,
    t.signature.date,
    ...t.notes,
  ];
}
