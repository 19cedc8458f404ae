import { describePenalty, type DecisionState } from '@zhifa/domain';
import type { CaseDetail } from '@zhifa/contract';
import type { DocumentListItem, PayeeAccount } from './api';
import { QrImage } from './QrImage';

// The 80 mm receipt is laid out here from the case's decision, not cut from the PDF: the issued
// PDF is an A4 page, and shrunk to 72 mm its text would be about 3 pt, unreadable on thermal
// paper. The party's copy of record stays the PDF (same number, same verification code, and its QR
// opens the same public page, where the PDF can be checked against the code).

function decisionOf(detail: CaseDetail, doc: DocumentListItem): DecisionState | null {
  const s = detail.state;
  return s.decisions.find((d) => d.number === doc.number) ?? s.decision;
}

function placeOf(detail: CaseDetail, doc: DocumentListItem): string | null {
  const payload = detail.timeline.find((t) => t.seq === doc.actionSeq)?.payload;
  if (payload && typeof payload === 'object' && 'place' in payload && typeof payload.place === 'string')
    return payload.place;
  return null;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="receipt-row">
      <span className="receipt-label">{label}：</span>
      <span>{children}</span>
    </div>
  );
}

export function ReceiptSheet({
  detail,
  document: doc,
  payee,
}: {
  detail: CaseDetail;
  document: DocumentListItem;
  payee: PayeeAccount | null;
}) {
  const s = detail.state;
  const decision = decisionOf(detail, doc);
  const party = (decision?.partyId && s.parties.find((p) => p.id === decision.partyId)) || s.party;
  const officers = (s.summary?.officerIds ?? s.officerIds)
    .map((id) => detail.people.find((p) => p.id === id)?.name)
    .filter(Boolean)
    .join('、');
  const place = placeOf(detail, doc);
  const remedies = s.summary?.remediesText ?? decision?.document?.remedies?.text ?? null;
  const hasFine = decision?.penalty?.lines.some((l) => l.kind === 'fine') ?? false;
  return (
    <article className="receipt-sheet" data-testid="receipt-sheet">
      <header className="receipt-head">
        <div className="receipt-agency">{detail.header.agencyName}</div>
        <h1 className="receipt-title">{doc.title}</h1>
        {doc.number && <div className="receipt-number mono">{doc.number}</div>}
      </header>
      {party && (
        <Row label="当事人">
          {party.name}
          {detail.header.partyIdMasked ? `（${detail.header.partyIdMasked}）` : ''}
        </Row>
      )}
      {party?.address && <Row label="住所">{party.address}</Row>}
      {s.facts.summary && <Row label="违法事实">{s.facts.summary}</Row>}
      {place && <Row label="地点">{place}</Row>}
      {decision && decision.basis.length > 0 && (
        <Row label="依据">
          {decision.basis.map((b) => `《${b.title.replace(/^《|》$/g, '')}》${b.article}`).join('；')}
        </Row>
      )}
      {decision?.penalty && <Row label="处罚">{describePenalty(decision.penalty)}</Row>}
      {hasFine && s.paymentDue && <Row label="缴款期限">{s.paymentDue} 前</Row>}
      {hasFine && payee && (
        <Row label="缴款账户">
          {payee.accountName}，{payee.bank}，<span className="mono">{payee.accountNumber}</span>
        </Row>
      )}
      {hasFine && (
        <p className="receipt-note">逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款（行政处罚法 第72条）。</p>
      )}
      {remedies && <p className="receipt-note">{remedies}</p>}
      {officers && <Row label="执法人员">{officers}</Row>}
      <Row label="日期">{decision?.decidedOn ?? doc.issuedOn}</Row>
      <div className="receipt-sign">当事人签收：</div>
      {doc.publicUrl && (
        <figure className="receipt-qr">
          <QrImage text={doc.publicUrl} size={160} />
          <figcaption>扫码查验本决定书</figcaption>
        </figure>
      )}
      {doc.verificationCode && (
        <div className="receipt-code">
          校验码{' '}
          <strong className="mono" data-testid="receipt-verification-code">
            {doc.verificationCode}
          </strong>
        </div>
      )}
      {doc.version > 1 && <div className="receipt-note">第{doc.version}版（更正）</div>}
    </article>
  );
}
